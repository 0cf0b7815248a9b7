// Tangle's lossless CSV export: one .zip of tables (dataset, sources, kinds, actors, relations with
// unsourced ones, claims, stories) that reads back to the very same dataset.
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importBytes } from "../../src/io/importBytes";
import { importFiles } from "../../src/io/importFiles";
import { fromCsvTables } from "../../src/io/tables/fromCsvTables";
import { toCsvTables, toCsvZip } from "../../src/io/tables/toCsvTables";
import { TABLE_FILES } from "../../src/io/tables/tableColumns";
import type { Dataset } from "../../src/model";
import type { ReadResult } from "../../src/io/readDataset";
import { placeholderDataset } from "./io-trickyDataset";
import { datasetArbitrary } from "./support/datasetArbitrary";

const back = (result: ReadResult): Dataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.dataset;
};

const withForeignData = (): Dataset => {
  const dataset = placeholderDataset();
  const [first, ...rest] = dataset.actors;
  return {
    ...dataset,
    actors: [
      {
        ...first!,
        attributes: { cluster: 3, "=cmd": "-2+3", ok: true },
        display: { x: -10.5, y: 3, color: "#1f77b4", size: 4 },
      },
      ...rest,
    ],
    relations: [
      ...dataset.relations,
      {
        id: "rel-unsourced",
        from: dataset.actors[0]!.id,
        to: dataset.actors[1]!.id,
        kind: dataset.relationKinds[0]!.id,
        claims: [],
        weight: 2.5,
        attributes: { hypertext: 'a, "quoted"\nline' },
      },
    ],
  };
};

describe("CSV tables (.zip)", () => {
  it("writes one zip with the seven tables, one relation per row with source and target", () => {
    const dataset = withForeignData();
    const entries = unzipSync(toCsvZip(dataset));
    expect(Object.keys(entries).sort()).toEqual(Object.values(TABLE_FILES).sort());
    const relations = strFromU8(entries["relations.csv"]!).trim().split("\r\n");
    expect(relations[0]).toBe("id,source,target,kind,weight,attributes,directed,status,claims");
    expect(relations.length).toBe(dataset.relations.length + 1);
    expect(relations.at(-1)).toMatch(/^rel-unsourced,.*,2\.5,.*unsourced,0$/);
    const claims = strFromU8(entries["claims.csv"]!).trim().split("\r\n");
    expect(claims.length).toBe(dataset.relations.reduce((sum, relation) => sum + relation.claims.length, 0) + 1);
  });

  it("reads its zip back to the same dataset through the import (worker path)", () => {
    const dataset = withForeignData();
    const { result, files } = importBytes([{ name: "export.zip", bytes: toCsvZip(dataset) }]);
    expect(back(result)).toEqual(dataset);
    // Kept for the next visit as the tables' texts, which read the same again.
    expect(files.map((file) => file.name)).toContain("export.zip › actors.csv");
    expect(back(importFiles(files))).toEqual(dataset);
  });

  it("guards cells against formulas and removes the guard on reading", () => {
    const dataset = withForeignData();
    const hostile = {
      ...dataset,
      actors: dataset.actors.map((actor, index) => (index === 1 ? { ...actor, name: "=cmd|' /C calc'!A0" } : actor)),
    };
    const tables = toCsvTables(hostile);
    expect(tables.actors).toContain("'=cmd|");
    expect(tables.actors).not.toMatch(/(^|,)=cmd/m);
    const files = Object.entries(tables).map(([name, text]) => ({
      name: TABLE_FILES[name as keyof typeof TABLE_FILES],
      text,
    }));
    expect(back(fromCsvTables(files)).actors[1]?.name).toBe("=cmd|' /C calc'!A0");
  });

  it("says which table, line and column hold a bad cell", () => {
    const tables = toCsvTables(placeholderDataset());
    const files = Object.entries(tables).map(([name, text]) => ({
      name: TABLE_FILES[name as keyof typeof TABLE_FILES],
      text:
        name === "actors"
          ? text.replace("bob-sample,Bob Sample,person,[],", "bob-sample,Bob Sample,person,[oops],")
          : text,
    }));
    const result = fromCsvTables(files);
    expect(result.ok ? "data" : result.issues.map((issue) => issue.path)).toEqual([
      "actors.csv line 3, column aliases",
    ]);
  });

  it("refuses a zip that is not one, and one without Tangle's tables, naming the file", () => {
    const notZip = importBytes([{ name: "x.zip", bytes: new TextEncoder().encode("hello") }]).result;
    expect(notZip.ok ? "data" : notZip.issues[0]).toMatchObject({
      path: "x.zip",
      message: expect.stringMatching(/not a readable \.zip/),
    });
  });

  it("round trip (fast-check): fromCsvTables(toCsvTables(d)) equals d", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const tables = toCsvTables(dataset);
        const files = Object.entries(tables).map(([name, text]) => ({
          name: TABLE_FILES[name as keyof typeof TABLE_FILES],
          text,
        }));
        expect(back(fromCsvTables(files))).toEqual(dataset);
      }),
      { numRuns: 60 },
    );
  });
});
