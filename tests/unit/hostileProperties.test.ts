// Property-based: random bytes and random mutations of valid files, fed to every reader, give
// data or issues within a time bound and never throw. Readers other branches add (GML, cyjs, JGF,
// FollowTheMoney, xlsx) are reached through importFile by their extensions, so they are covered
// as soon as they exist.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { fromCsv, importFile, serializeDataset, toCsv, toGexf, toGraphml } from "../../src/io";
import { importBytes } from "../../src/io/importBytes";
import { parseDataset, type Dataset } from "../../src/model";
import type { ReadResult } from "../../src/io/readDataset";

const EXTENSIONS = ["json", "gexf", "graphml", "xml", "csv", "gml", "cyjs", "jgf.json", "ftm", "ijson", "xlsx", "txt"];
/** Far above what a small input takes (milliseconds); a hang or a quadratic blow-up exceeds it. */
const TIME_LIMIT_MS = 3000;
const RUNS = 60;
vi.setConfig({ testTimeout: 60_000 });

const placeholder = (): Dataset => {
  const result = parseDataset(JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")));
  if (!result.ok) throw new Error("placeholder is invalid");
  return result.dataset;
};
const dataset = placeholder();
const csv = toCsv(dataset);
const VALID: Record<string, string> = {
  json: serializeDataset(dataset),
  gexf: toGexf(dataset),
  graphml: toGraphml(dataset),
};

function isDataOrIssues(result: ReadResult): boolean {
  if (result.ok) return typeof result.dataset.id === "string" && Array.isArray(result.warnings);
  return (
    result.issues.length > 0 &&
    result.issues.every((issue) => typeof issue.path === "string" && issue.message.length > 0)
  );
}

function timed(read: () => ReadResult): boolean {
  const started = performance.now();
  const result = read();
  const took = performance.now() - started;
  expect(took).toBeLessThan(TIME_LIMIT_MS);
  return isDataOrIssues(result);
}

/** A mutation of a text: cut, insert, duplicate or truncate somewhere. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        "[",
        "{",
        '"',
        "<",
        "<!--",
        "]]>",
        "&",
        "\u202E",
        "\uFEFF",
        "\u0000",
        ",",
        "\\",
        "[".repeat(3000),
      ),
    ),
  }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, steps: readonly Mutation[]): string {
  let out = text;
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % out.length;
    if (step.kind === "delete") out = out.slice(0, at) + out.slice(at + step.length);
    else if (step.kind === "insert") out = out.slice(0, at) + step.text + out.slice(at);
    else if (step.kind === "duplicate") out = out.slice(0, at + step.length) + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

describe("random bytes", () => {
  it("give data or issues for every extension, through decoding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...EXTENSIONS), (bytes, extension) =>
        timed(() => importBytes([{ name: `random.${extension}`, bytes }]).result),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("give data or issues as a CSV pair", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), fc.uint8Array({ maxLength: 1000 }), (actors, relations) =>
        timed(
          () =>
            importBytes([
              { name: "x.actors.csv", bytes: actors },
              { name: "x.relations.csv", bytes: relations },
            ]).result,
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("give data or issues as text in any extension", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: "binary" }), fc.constantFrom(...EXTENSIONS), (text, extension) =>
        timed(() => importFile(`random.${extension}`, text)),
      ),
      { numRuns: RUNS * 2 },
    );
  });
});

describe.each(Object.keys(VALID))("mutations of a valid %s file", (format) => {
  it("give data or issues, never throw, within the time bound", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) =>
        timed(() => importFile(`mutated.${format}`, mutate(VALID[format]!, steps))),
      ),
      { numRuns: RUNS },
    );
  });
});

describe("mutations of a valid CSV pair", () => {
  it("give data or issues, never throw, within the time bound", () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { maxLength: 3 }),
        fc.array(mutation, { maxLength: 3 }),
        (actorSteps, relationSteps) =>
          timed(() => fromCsv(mutate(csv.actorsCsv, actorSteps), mutate(csv.relationsCsv, relationSteps))),
      ),
      { numRuns: RUNS },
    );
  });
});

describe("structured hostile JSON", () => {
  it("any JSON value in place of the dataset or a field of it gives data or issues", () => {
    const base = JSON.parse(VALID.json!) as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(base), "__proto__", "constructor"),
        fc.jsonValue({ maxDepth: 6 }),
        (key, value) => {
          const text = JSON.stringify({ ...base, [key]: value });
          return (
            timed(() => importFile("fields.json", text)) &&
            timed(() => importFile("whole.json", JSON.stringify(value) ?? ""))
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
