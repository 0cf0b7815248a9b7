// The placeholder dataset plus one relation without any claim (as an importer makes from a file
// that carries no evidence) and the file it came from.
import { parseDataset, type Dataset } from "../../src/model";
import { placeholderJson } from "./fixtures";

export const UNSOURCED_ID = "rel-ada-militia";

export function unsourcedJson(): Record<string, any> {
  const json = placeholderJson();
  json.origin = { file: "network.gexf", format: "GEXF" };
  (json.relations as unknown[]).push({
    id: UNSOURCED_ID,
    from: "ada-example",
    to: "sample-militia",
    kind: "allied-with",
    weight: 2.5,
    attributes: { hypertext: "<b>x</b>", cluster: 3, core: true },
  });
  return json;
}

export function unsourcedDataset(): Dataset {
  const result = parseDataset(unsourcedJson());
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
  return result.dataset;
}
