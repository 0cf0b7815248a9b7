import { describe, expect, it } from "vitest";
import { validate, type Dataset } from "../../src/model";
import { fromCsv } from "../../src/io/csv/fromCsv";
import { parseCsv } from "../../src/io/csv/csvText";
import { guardCell, unguardCell } from "../../src/io/csv/formulaGuard";
import { toCsv } from "../../src/io/csv/toCsv";
import { datasetEnvelope } from "../../src/io/exchange/datasetEnvelope";
import { placeholderDataset, trickyDataset } from "./io-trickyDataset";

const ACTORS_HEADER = "id,name,kind,aliases,summary,tags,sources\r\n";
const RELATIONS_HEADER =
  "relation_id,from,to,kind,directed,claim_id,claim_text,status,claimed_by,time_from,time_to,approximate,quantities,sources\r\n";

function read(actorsCsv: string, relationsCsv: string, base?: Parameters<typeof fromCsv>[2]) {
  const result = fromCsv(actorsCsv, relationsCsv, base);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe("toCsv / fromCsv round trip", () => {
  it.each([
    ["placeholder", placeholderDataset()],
    ["hostile strings", trickyDataset()],
  ])("gives back the %s dataset exactly when the rest of it is given as base", (_name, dataset: Dataset) => {
    const { actorsCsv, relationsCsv } = toCsv(dataset);
    const result = read(actorsCsv, relationsCsv, datasetEnvelope(dataset));
    expect(result.dataset).toEqual(dataset);
    expect(result.warnings).toEqual([]);
  });

  it("keeps actors, relations and claims exactly without a base, synthesizing the rest", () => {
    const dataset = trickyDataset();
    const { actorsCsv, relationsCsv } = toCsv(dataset);
    const result = read(actorsCsv, relationsCsv);
    expect(result.dataset.actors).toEqual(dataset.actors);
    expect(result.dataset.relations).toEqual(dataset.relations);
    expect(result.dataset.relationKinds).toEqual([
      { id: "pays", label: "Pays", directed: true },
      { id: "knows", label: "Knows", directed: false },
    ]);
    expect(result.dataset.sources.map((source) => source.id)).toEqual(["src-a", "src-b"]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'sources "src-a", "src-b" are cited but not described in the file; placeholders were added',
    ]);
    expect(validate(result.dataset)).toEqual([]);
  });
});

describe("toCsv cells", () => {
  const base = placeholderDataset();
  const dataset: Dataset = {
    ...base,
    actors: [
      { id: "say", name: 'Say "hi", then\nleave', kind: "person", aliases: ["=cmd", "x"], tags: [], sources: [] },
    ],
    relations: [],
  };

  it("quotes cells with quotes, commas and newlines as RFC 4180 says", () => {
    expect(toCsv(dataset).actorsCsv).toBe(`${ACTORS_HEADER}say,"Say ""hi"", then\nleave",person,'=cmd | x,,,\r\n`);
  });

  it("writes one row per claim with lists joined and JSON cells", () => {
    const { relationsCsv } = toCsv(placeholderDataset());
    const rows = relationsCsv.split("\r\n");
    expect(rows[0]).toBe(RELATIONS_HEADER.trimEnd());
    expect(rows[1]).toBe(
      "rel-ada-fund,ada-example,example-fund,funds,true,cl-ada-fund,Ada pays into the fund.,reported,,2025-03,2025-12,," +
        '"[{""value"":1000,""unit"":""USD"",""qualifier"":""at least""}]","[{""source"":""src-gazette"",""locator"":""paragraph 2""},{""source"":""src-relay""}]"',
    );
    expect(rows).toHaveLength(5); // header, three claims, and the empty string after the last CRLF
  });

  it("guards formula cells with a quote and undoes exactly that on import", () => {
    for (const [value, guarded] of [
      ["=cmd", "'=cmd"],
      ["+1", "'+1"],
      ["-1", "'-1"],
      ["@SUM(A1)", "'@SUM(A1)"],
      ["\tx", "'\tx"],
      ["'=x", "''=x"],
      ["'plain", "'plain"],
      ["a=b", "a=b"],
    ] as const) {
      expect(guardCell(value)).toBe(guarded);
      expect(unguardCell(guardCell(value))).toBe(value);
    }
  });
});

describe("fromCsv problems", () => {
  const actors = `${ACTORS_HEADER}a,Ana,person,,,,\r\nb,Ben,person,,,,\r\n`;
  const claim = (line: string) => `${RELATIONS_HEADER}${line}\r\n`;

  it("names the file and line of an unclosed quote", () => {
    const relations = `${RELATIONS_HEADER}r1,a,b,knows,false,c1,"Fine",reported,,,,,,src-x\r\nr2,a,b,knows,false,c2,"Never closed,reported,,,,,,src-x\r\n`;
    const result = fromCsv(actors, relations);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "relations.csv line 3",
          message: "a quoted cell is never closed",
          severity: "error",
          code: "csv.unclosedQuote",
        },
      ],
    });
  });

  it("counts lines inside multi-line cells when naming a later row", () => {
    const relations = `${RELATIONS_HEADER}r1,a,b,knows,false,c1,"two\r\nlines",reported,,,,,,src-x\r\nr2,a,b,knows,false,c2\r\n`;
    const result = fromCsv(actors, relations);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "relations.csv line 4",
          message: "has 6 cells where the header has 14",
          severity: "error",
          code: "csv.cellCount",
          values: { cells: 6, columns: 14 },
        },
      ],
    });
  });

  it("reports missing columns and bad JSON with the file and line", () => {
    expect(fromCsv("id,name\r\na,Ana\r\n", claim("r1,a,b,knows,false,c1,Text,reported,,,,,,src-x"))).toEqual({
      ok: false,
      issues: [
        {
          path: "actors.csv line 1",
          message: "missing column kind",
          severity: "error",
          code: "csv.missingColumns",
          values: { count: 1, columns: "kind" },
        },
      ],
    });
    const result = fromCsv(actors, claim('r1,a,b,knows,false,c1,Text,reported,,,,,"[{oops",src-x'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe("relations.csv line 2");
    expect(result.issues[0]?.message).toMatch(/^quantities is not valid JSON/);
  });

  it("points validation errors at the claim's row", () => {
    const relations = `${RELATIONS_HEADER}r1,a,b,knows,false,c1,Text,reported,,,,,,src-x\r\nr1,a,b,knows,false,c2,More,rumoured,,,,,,src-x\r\n`;
    const result = fromCsv(actors, relations);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.issues.filter((issue) => issue.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("relations.csv line 3");
    expect(errors[0]?.message).toMatch(/^status: /);
  });

  it("refuses rows of one relation that disagree on its ends", () => {
    const relations = `${RELATIONS_HEADER}r1,a,b,knows,false,c1,Text,reported,,,,,,src-x\r\nr1,b,a,knows,false,c2,More,reported,,,,,,src-x\r\n`;
    const result = fromCsv(actors, relations);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({
      path: "relations.csv line 3",
      message: 'relation "r1" has another from, to or kind than on relations.csv line 2',
      severity: "error",
      code: "csv.relationRowsDiffer",
      values: { id: "r1", first: "relations.csv line 2" },
    });
  });

  it("reads plain source lists, semicolon files and groups claims by relation", () => {
    const semicolon = "id;name;kind\na;Ana;person\nb;Ben;person\n";
    const relations =
      claim("r1,a,b,knows,false,c1,One,reported,,,,,,src-x | src-y") +
      "r1,a,b,knows,false,c2,Two,confirmed,,,,,,src-y\r\n";
    const result = read(semicolon, relations);
    expect(result.dataset.relations).toEqual([
      {
        id: "r1",
        from: "a",
        to: "b",
        kind: "knows",
        claims: [
          {
            id: "c1",
            text: "One",
            status: "reported",
            quantities: [],
            sources: [{ source: "src-x" }, { source: "src-y" }],
          },
          { id: "c2", text: "Two", status: "confirmed", quantities: [], sources: [{ source: "src-y" }] },
        ],
      },
    ]);
    expect(result.dataset.relationKinds).toEqual([{ id: "knows", label: "Knows", directed: false }]);
  });
});

describe("parseCsv", () => {
  it("handles quotes, doubled quotes, CRLF, a BOM and blank lines", () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, ""y""",\r\n\r\n"multi\nline",z', "t.csv");
    expect(parsed).toEqual({
      ok: true,
      records: [
        { cells: ["a", "b"], line: 1 },
        { cells: ['x, "y"', ""], line: 2 },
        { cells: ["multi\nline", "z"], line: 4 },
      ],
    });
  });

  it("refuses text after a closing quote", () => {
    expect(parseCsv('a\n"x"y\n', "t.csv")).toEqual({
      ok: false,
      issues: [
        {
          path: "t.csv line 2",
          message: "unexpected text after the closing quote of a cell",
          severity: "error",
          code: "csv.textAfterQuote",
        },
      ],
    });
  });
});
