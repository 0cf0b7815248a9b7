// Every file in tests/fixtures/hostile/ goes through the import the app runs (bytes decoded,
// read, kept apart from shipped ids) and gives what its README row says: data, located issues,
// or — for formats whose reader another branch adds — either. Nothing throws.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/io";
import { importBytes, type RawFile } from "../../src/io/importBytes";
import type { ReadResult } from "../../src/io/readDataset";

const folder = "tests/fixtures/hostile";
const files = readdirSync(folder).filter((name) => name !== "README.md");
const expected = new Map(
  readFileSync(join(folder, "README.md"), "utf8")
    .split("\n")
    .flatMap((line) => {
      const cells = /^\| ([^ |]+) \|.*\| (data|issues|either) \|$/.exec(line);
      return cells ? [[cells[1]!, cells[2]!] as const] : [];
    }),
);
const raw = (name: string): RawFile => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) });
const csvPair = (name: string) => /^(.*)\.(actors|relations)\.csv$/.exec(name)?.[1];
const imported = (name: string): ReadResult => {
  const pair = csvPair(name);
  const picked = pair ? [raw(`${pair}.actors.csv`), raw(`${pair}.relations.csv`)] : [raw(name)];
  return importBytes(picked, { reservedIds: ["assad-exile-network"] }).result;
};

it("has at least 60 fixtures, every one listed in the README with its expected outcome", () => {
  expect(files.length).toBeGreaterThanOrEqual(60);
  expect(files.filter((name) => !expected.has(name))).toEqual([]);
  expect([...expected.keys()].filter((name) => !files.includes(name))).toEqual([]);
});

describe.each(files)("%s", (name) => {
  it("gives what the README says, with every issue naming the file", () => {
    const result = imported(name);
    const outcome = expected.get(name);
    if (outcome === "data") expect(result.ok ? "data" : result.issues).toBe("data");
    if (outcome === "issues") expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.path.includes(csvPair(name) ? ".csv" : name)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(5);
      // Our words, never the engine's quote of raw bytes.
      expect(issue.message).not.toMatch(/is not valid JSON$|Unexpected token|SyntaxError|RangeError/);
    }
  });

  it("as text, through importFile, returns data or issues", () => {
    const result = importFile(name, readFileSync(join(folder, name), "latin1"));
    expect(result.ok ? result.dataset.id.length : result.issues.length).toBeGreaterThan(0);
  });
});

const nameOf = (result: ReadResult, id: string) =>
  result.ok ? result.dataset.actors.find((actor) => actor.id === id)?.name : result.issues;
const warningsOf = (result: ReadResult) =>
  result.ok ? result.warnings.map((warning) => warning.message).join("\n") : "";

describe("what the hostile files must read as", () => {
  it("decodes every encoding to the same name, and says which one was not UTF-8", () => {
    for (const name of [
      "utf8-bom.json",
      "utf16le-bom.json",
      "utf16be-bom.json",
      "utf16le-no-bom.json",
      "utf16le-no-bom.gexf",
      "latin1-declared.gexf",
      "latin1-declared.graphml",
    ]) {
      expect(nameOf(imported(name), "ada-example"), name).toBe("José Müller");
    }
    expect(warningsOf(imported("utf16le-no-bom.json"))).toMatch(/read as UTF-16 \(little-endian\)/);
    expect(warningsOf(imported("latin1-declared.gexf"))).toMatch(/read as Windows-1252/);
    expect(warningsOf(imported("utf8-bom.json"))).toBe("");
    const cp1252 = imported("windows-1252.json");
    expect(nameOf(cp1252, "ada-example")).toBe("José Müller – “quoted” €");
    expect(warningsOf(cp1252)).toMatch(/not valid UTF-8; read as Windows-1252/);
    expect(nameOf(imported("windows-1252.actors.csv"), "ada-example")).toBe("José Müller");
  });

  it("locates an error deep inside unclosed brackets, in our words", () => {
    const result = imported("deep-unclosed-arrays.json");
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "deep-unclosed-arrays.json line 1, column 5001",
        message: "not valid JSON: the text ends too early (a bracket, brace or string is not closed)",
        severity: "error",
        code: "json.endsEarly",
        values: { line: 1, column: 5001 },
      },
    ]);
    const html = imported("html-page.json");
    expect(html.ok ? "" : html.issues[0]?.message).toBe('not valid JSON: unexpected character "<"');
    const bidi = imported("trailing-garbage.json");
    expect(bidi.ok ? "" : bidi.issues[0]?.message).toBe("not valid JSON: unexpected character U+202E");
  });

  it("reads envelopes and claims that hold unclosed brackets without them, and says so", () => {
    expect(warningsOf(imported("envelope-deep-unclosed.gexf"))).toMatch(
      /dataset details stored in the file are not valid JSON/,
    );
    expect(warningsOf(imported("claims-deep-unclosed.graphml"))).toMatch(/claims are not a JSON list/);
    const csv = imported("quantities-deep-unclosed.actors.csv");
    expect(csv.ok ? "" : csv.issues[0]?.message).toMatch(/^quantities is not valid JSON/);
  });

  it("gives a file with a shipped dataset's id a fresh id, and says so", () => {
    const result = imported("shipped-dataset-id.json");
    expect(result.ok && result.dataset.id).toBe("assad-exile-network-imported");
    expect(warningsOf(result)).toMatch(
      /"assad-exile-network" is that of a dataset that comes with Tangle; it was opened as "assad-exile-network-imported"/,
    );
  });

  it("keeps special ids as they are when they fit the format", () => {
    const result = imported("special-ids.json");
    expect(result.ok && result.dataset.actors.map((actor) => actor.id)).toEqual([
      "constructor",
      "tostring",
      "0",
      "hasownproperty",
    ]);
    const gexf = imported("special-ids.gexf");
    expect(gexf.ok && gexf.dataset.actors.map((actor) => actor.id)).toEqual([
      "constructor",
      "proto",
      "tostring",
      "node",
      "0",
    ]);
  });

  it("never expands entities or includes files", () => {
    for (const name of ["xxe.gexf", "billion-laughs.gexf", "xinclude.gexf"]) {
      const result = imported(name);
      const label = result.ok ? (result.dataset.actors[0]?.name ?? "") : "";
      expect(label.length, name).toBeLessThan(20);
      expect(label).not.toMatch(/root:/);
    }
  });
});
