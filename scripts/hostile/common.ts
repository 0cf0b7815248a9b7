// What every group of hostile fixtures is made from: the placeholder dataset, the file writer,
// text in legacy encodings, and datasets whose ids are special to JavaScript, cytoscape or graphology.
import { readFileSync, writeFileSync } from "node:fs";
import { serializeDataset } from "../../src/io";
import { parseDataset, type Dataset } from "../../src/model";

const folder = "tests/fixtures/hostile";
export const write = (name: string, content: string | Uint8Array) => writeFileSync(`${folder}/${name}`, content);
export const base = (): Dataset => {
  const result = parseDataset(JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")));
  if (!result.ok) throw new Error("placeholder is invalid");
  return structuredClone(result.dataset);
};
export const json = (dataset: Dataset) => serializeDataset(dataset);
// Windows-1252 bytes; what it cannot encode (the placeholder's Arabic aliases) becomes "?".
export const WINDOWS_1252: Record<string, number> = { "–": 0x96, "“": 0x93, "”": 0x94, "€": 0x80 };
export const latin1 = (text: string) =>
  Uint8Array.from(
    [...text].map((char) => WINDOWS_1252[char] ?? (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)),
  );
export const utf16 = (text: string, endian: "le" | "be", bom: boolean) => {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    out.push(...(endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
};
export const renamed = (dataset: Dataset, names: Record<string, string>): Dataset => ({
  ...dataset,
  actors: dataset.actors.map((actor) => ({ ...actor, name: names[actor.id] ?? actor.name })),
});

// Ids special to JavaScript objects, cytoscape or graphology, valid in our id alphabet.
export const specialIds = (): Dataset => {
  const dataset = base();
  const ids: Record<string, string> = {
    "ada-example": "constructor",
    "bob-sample": "tostring",
    "example-fund": "0",
    "sample-militia": "hasownproperty",
  };
  const map = (id: string) => ids[id] ?? id;
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => ({ ...actor, id: map(actor.id) })),
    relations: dataset.relations.map((relation, index) => ({
      ...relation,
      id: ["valueof", "1", "prototype"][index] ?? relation.id,
      from: map(relation.from),
      to: map(relation.to),
      claims: relation.claims.map((claim) => ({
        ...claim,
        ...(claim.claimedBy ? { claimedBy: map(claim.claimedBy) } : {}),
      })),
    })),
    stories: [],
  };
};
export const relationIdsEqualActorIds = (): Dataset => {
  const dataset = base();
  return {
    ...dataset,
    relations: dataset.relations.map((relation, index) => ({ ...relation, id: dataset.actors[index]!.id })),
    stories: [],
  };
};

/** `open` unclosed brackets: the nesting that once overflowed the stack. */
export const deep = (open: number) => "[".repeat(open);
