// Hostile CSV pairs and the other formats the app reads (spreadsheets, GML, FollowTheMoney, JSON Graph).
import { toCsv } from "../../src/io";
import { write, base, latin1, utf16, renamed, deep } from "./common";

// CSV pairs (read together: <case>.actors.csv with <case>.relations.csv)
const csv = toCsv(base());
const pair = (name: string, actors: string | Uint8Array, relations: string | Uint8Array) => {
  write(`${name}.actors.csv`, actors);
  write(`${name}.relations.csv`, relations);
};
pair(
  "quantities-deep-unclosed",
  csv.actorsCsv,
  csv.relationsCsv.replace(/"\[\{""value"":1000[^\n]*?\]"/, `"${deep(5000)}"`),
);
pair("windows-1252", latin1(toCsv(renamed(base(), { "ada-example": "José Müller" })).actorsCsv), csv.relationsCsv);
pair(
  "utf16le-bom",
  utf16(toCsv(renamed(base(), { "ada-example": "José Müller" })).actorsCsv, "le", true),
  csv.relationsCsv,
);
pair("unclosed-quote", csv.actorsCsv.replace("Ada Example", '"Ada Example'), csv.relationsCsv);
pair("formula-injection", csv.actorsCsv.replace("Ada Example", '=HYPERLINK(""http://x"")'), csv.relationsCsv);
pair("headers-only", csv.actorsCsv.split("\r\n")[0]!, csv.relationsCsv.split("\r\n")[0]!);

// Formats other engineers are adding readers for: each must already give data or issues.
write("deep-unclosed.gml", `graph [\n${"  node [\n".repeat(3000)}`);
write(
  "special-ids.gml",
  'graph [\n  node [ id 0 label "constructor" ]\n  node [ id 1 label "__proto__" ]\n  edge [ source 0 target 1 ]\n  edge [ source 0 target 99 ]\n]\n',
);
write("deep-unclosed.cyjs", `{"elements": {"nodes": ${deep(5000)}`);
write(
  "special-ids.cyjs",
  JSON.stringify({
    elements: {
      nodes: [{ data: { id: "constructor" } }, { data: { id: "__proto__" } }],
      edges: [
        { data: { id: "constructor", source: "constructor", target: "__proto__" } },
        { data: { id: "x", source: "nowhere", target: "constructor" } },
      ],
    },
  }),
);
write(
  "special-ids.jgf.json",
  JSON.stringify({
    graph: {
      nodes: { constructor: { label: "c" }, __proto__: { label: "p" } },
      edges: [
        { source: "constructor", target: "__proto__" },
        { source: "missing", target: "constructor" },
      ],
    },
  }),
);
write(
  "bad-lines.ftm",
  '{"id": "a", "schema": "Person", "properties": {"name": ["Ana"]}}\n{not json\n' +
    deep(3000) +
    '\n{"id": "__proto__", "schema": "Constructor", "properties": {"constructor": ["x"]}}\n',
);
write("deep-unclosed.ijson", `${deep(5000)}\n`);
write("not-a-zip.xlsx", "PK\u0003\u0004 this is not really a zip file");
write("empty.xlsx", "");
