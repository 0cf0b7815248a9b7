// The import as the worker runs it (io/importBytes) carries what the interop readers need: the
// column mapping chosen or remembered (passed in, the worker has no localStorage), workbooks read
// to sheets there, the valid part of a file with bad rows, and the encoding said in the report.
import { describe, expect, it } from "vitest";
import { importBytes, importWithWorkbooks } from "../../src/io/importBytes";
import { REAL_GRAPHS, realBytes } from "./support/realGraphs";

const utf8 = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const UNKNOWN_HEADERS = "a,b,c\n1,2,3\n4,5,6\n";
const MAPPING = { shape: "chosen", edges: { source: "a", target: "c", weight: "b" } } as const;

describe("importBytes (the worker's import)", () => {
  it("asks for a mapping when the headers are unknown, and names the header set to remember it by", () => {
    const outcome = importBytes([utf8("x.csv", UNKNOWN_HEADERS)]);
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.ok ? undefined : outcome.result.needsMapping?.tables[0]?.header).toEqual(["a", "b", "c"]);
    expect(outcome.headerKey).not.toBe("");
  });

  it("uses a mapping remembered for these headers, and only for these", () => {
    const { headerKey } = importBytes([utf8("x.csv", UNKNOWN_HEADERS)]);
    const remembered = importBytes([utf8("x.csv", UNKNOWN_HEADERS)], { rememberedMappings: { [headerKey]: MAPPING } });
    expect(
      remembered.result.ok
        ? remembered.result.dataset.relations.map((relation) => [relation.from, relation.to, relation.weight])
        : remembered.result.issues,
    ).toEqual([
      ["1", "3", 2],
      ["4", "6", 5],
    ]);
    const other = importBytes([utf8("y.csv", "d,e,f\n1,2,3\n")], { rememberedMappings: { [headerKey]: MAPPING } });
    expect(other.result.ok).toBe(false);
  });

  it("repeats the encoding note when the files are read again with the chosen mapping", () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("a,b,c\nJos"),
      0xe9,
      ...new TextEncoder().encode(",2,3\n"),
    ]);
    const first = importBytes([{ name: "x.csv", bytes: latin1 }]);
    expect(first.decodingNotes.map((note) => note.message).join(" ")).toMatch(/1252|Latin/i);
    const again = importBytes(
      first.files.map((file) => utf8(file.name, file.text)),
      { mapping: MAPPING, decodingNotes: first.decodingNotes },
    );
    expect(again.result.ok ? again.result.dataset.actors.map((actor) => actor.name) : again.result.issues).toContain(
      "José",
    );
    expect(again.result.ok ? again.result.warnings.map((warning) => warning.message).join(" ") : "").toMatch(
      /1252|Latin/i,
    );
  });

  it("offers the valid part of a dataset with a bad relation, apart from a shipped dataset's id", () => {
    const dataset = {
      schemaVersion: 2,
      id: "shipped",
      title: "T",
      summary: "S",
      asOf: "2025",
      language: "en",
      sources: [],
      actorKinds: [{ id: "person", label: "Person" }],
      relationKinds: [{ id: "knows", label: "Knows", directed: false }],
      actors: [
        { id: "a", name: "A", kind: "person", aliases: [], tags: [], sources: [] },
        { id: "b", name: "B", kind: "person", aliases: [], tags: [], sources: [] },
      ],
      relations: [
        { id: "r1", from: "a", to: "b", kind: "knows", claims: [] },
        { id: "r2", from: "a", to: "nobody", kind: "knows", claims: [] },
      ],
      stories: [],
    };
    const { result } = importBytes([utf8("d.json", JSON.stringify(dataset))], { reservedIds: ["shipped"] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.partial?.dataset.relations.map((relation) => relation.id)).toEqual(["r1"]);
    expect(result.partial?.dataset.id).toBe("shipped-imported");
  });
});

describe.skipIf(!REAL_GRAPHS)("importWithWorkbooks", () => {
  it("reads an .xlsx workbook to its sheets, keeps the sheets as the files, and imports them", async () => {
    const outcome = await importWithWorkbooks([
      { name: "paypal-mafia.xlsx", bytes: new Uint8Array(realBytes("kumu/paypal-mafia.xlsx")) },
    ]);
    expect(
      outcome.result.ok
        ? [outcome.result.dataset.actors.length, outcome.result.dataset.relations.length]
        : outcome.result.issues,
    ).toEqual([34, 49]);
    expect(outcome.files.map((file) => file.name).every((name) => name.startsWith("paypal-mafia.xlsx › "))).toBe(true);
  });

  it("says what is wrong with a file that is not a workbook", async () => {
    const outcome = await importWithWorkbooks([utf8("fake.xlsx", "not a zip")]);
    expect(outcome.result.ok ? "data" : outcome.result.issues[0]?.message).toMatch(/not a readable \.xlsx workbook/);
  });
});
