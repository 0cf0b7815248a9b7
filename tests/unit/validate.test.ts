import { describe, expect, it } from "vitest";
import { validate, type Issue } from "../../src/model";
import { placeholderJson } from "./fixtures";

const errorsOf = (issues: Issue[]) => issues.filter((issue) => issue.severity === "error");

/** Applies `change` to a fresh copy of the valid fixture and validates it. */
function issuesAfter(change: (data: Record<string, any>) => void): Issue[] {
  const data = placeholderJson();
  change(data);
  return validate(data);
}

describe("validate", () => {
  it("accepts the placeholder fixture without any issue", () => {
    expect(validate(placeholderJson())).toEqual([]);
  });

  // Each rule of DESIGN §1: a change that breaks it, and the path and message it must produce.
  const rules: Array<[string, (data: Record<string, any>) => void, string, RegExp]> = [
    ["duplicate actor id", (d) => (d.actors[1].id = "ada-example"), "actors[1].id", /duplicate id "ada-example"/],
    [
      "duplicate claim id",
      (d) => (d.relations[1].claims[0].id = "cl-ada-fund"),
      "relations[1].claims[0].id",
      /duplicate claim id/,
    ],
    ["unknown actor kind", (d) => (d.actors[0].kind = "robot"), "actors[0].kind", /unknown actor kind "robot"/],
    ["unknown relation end", (d) => (d.relations[0].to = "nobody"), "relations[0].to", /unknown actor "nobody"/],
    ["unknown relation kind", (d) => (d.relations[0].kind = "loves"), "relations[0].kind", /unknown relation kind/],
    [
      "unknown claimedBy",
      (d) => (d.relations[1].claims[0].claimedBy = "ghost"),
      "relations[1].claims[0].claimedBy",
      /unknown actor "ghost"/,
    ],
    [
      "unknown source",
      (d) => (d.relations[0].claims[0].sources[0].source = "src-x"),
      "relations[0].claims[0].sources[0].source",
      /unknown source "src-x"/,
    ],
    ["unknown relayed source", (d) => (d.sources[1].relays = "src-none"), "sources[1].relays", /unknown source/],
    ["self relay", (d) => (d.sources[1].relays = "src-relay"), "sources[1].relays", /cannot relay itself/],
    [
      "unknown story focus actor",
      (d) => (d.stories[0].steps[0].focus.actors = ["zed"]),
      "stories[0].steps[0].focus.actors[0]",
      /unknown actor "zed"/,
    ],
    [
      "unknown story focus relation",
      (d) => (d.stories[0].steps[1].focus.relations[0] = "rel-x"),
      "stories[0].steps[1].focus.relations[0]",
      /unknown relation/,
    ],
    ["negative relation weight", (d) => (d.relations[0].weight = -1), "relations[0].weight", /0 or more/],
    [
      "attribute holding an object",
      (d) => (d.relations[0].attributes = { note: { deep: 1 } }),
      "relations[0].attributes.note",
      /.+/,
    ],
    [
      "rate as free text in v2",
      (d) => (d.relations[0].claims[0].quantities[0].per = "fighter per month"),
      "relations[0].claims[0].quantities[0].per",
      /.+/,
    ],
    [
      "unknown rate period",
      (d) => (d.relations[0].claims[0].quantities[0].per = { period: "fortnight" }),
      "relations[0].claims[0].quantities[0].per.period",
      /.+/,
    ],
    [
      "empty rate",
      (d) => (d.relations[0].claims[0].quantities[0].per = {}),
      "relations[0].claims[0].quantities[0].per",
      /needs a unit or a period/,
    ],
    [
      "bad display colour",
      (d) => (d.actors[0].display = { color: "red; background: url(x)" }),
      "actors[0].display.color",
      /#rgb/,
    ],
    [
      "origin with unknown field",
      (d) => (d.origin = { file: "a.gexf", format: "gexf", cited: true }),
      "origin",
      /unknown field "cited"/,
    ],
    [
      "story step time out of order",
      (d) => (d.stories[0].steps[0].time = { from: "2025-12", to: "2025-01" }),
      "stories[0].steps[0].time",
      /starts \(2025-12\) after it ends/,
    ],
    [
      "claim without sources",
      (d) => (d.relations[0].claims[0].sources = []),
      "relations[0].claims[0].sources",
      /at least one source/,
    ],
    ["malformed date", (d) => (d.asOf = "Dec 2025"), "asOf", /YYYY, YYYY-MM or YYYY-MM-DD/],
    [
      "impossible date",
      (d) => (d.relations[0].claims[0].time.from = "2025-02-30"),
      "relations[0].claims[0].time.from",
      /not a real calendar date/,
    ],
    [
      "dates out of order",
      (d) => (d.relations[0].claims[0].time = { from: "2025-12", to: "2025-03" }),
      "relations[0].claims[0].time",
      /starts \(2025-12\) after it ends \(2025-03\)/,
    ],
    ["unknown field", (d) => (d.actors[0].nickname = "A"), "actors[0]", /unknown field "nickname"/],
    ["unknown status", (d) => (d.relations[0].claims[0].status = "rumoured"), "relations[0].claims[0].status", /.+/],
    [
      "non-finite quantity",
      (d) => (d.relations[0].claims[0].quantities[0].value = "lots"),
      "relations[0].claims[0].quantities[0].value",
      /.+/,
    ],
    [
      "range max below value",
      (d) => (d.relations[0].claims[0].quantities[0].max = 10),
      "relations[0].claims[0].quantities[0].max",
      /below its value/,
    ],
    ["name too long", (d) => (d.actors[0].name = "x".repeat(201)), "actors[0].name", /.+/],
    ["bad id characters", (d) => (d.actors[3].id = "Sample Militia"), "actors[3].id", /a-z, 0-9/],
    ["javascript url", (d) => (d.sources[0].url = "javascript:alert(1)"), "sources[0].url", /http\(s\)/],
    ["wrong schema version", (d) => (d.schemaVersion = "two"), "schemaVersion", /.+/],
    ["newer schema version", (d) => (d.schemaVersion = 99), "schemaVersion", /schema version 99.*schema version 2/],
    ["missing title", (d) => delete d.title, "title", /.+/],
  ];

  for (const [rule, change, path, message] of rules) {
    it(`reports ${rule} at ${path}`, () => {
      const found = errorsOf(issuesAfter(change));
      expect(found.map((issue) => issue.path)).toContain(path);
      expect(found.find((issue) => issue.path === path)?.message).toMatch(message);
    });
  }

  it("reports ten different mistakes in one file, all at once, each with its path", () => {
    const issues = errorsOf(
      issuesAfter((d) => {
        d.actors[1].id = "ada-example";
        d.actors[2].kind = "robot";
        d.relations[0].to = "nobody";
        d.relations[0].claims[0].sources = [];
        d.relations[1].claims[0].claimedBy = "ghost";
        d.relations[2].claims[0].time = { from: "2025-12", to: "2025-01" };
        d.sources[0].published = "2025-13";
        d.actors[3].nickname = "x";
        d.stories[0].steps[0].focus.actors = ["zed"];
        d.relations[2].claims[0].status = "rumoured";
      }),
    );
    const paths = new Set(issues.map((issue) => issue.path));
    for (const path of [
      "actors[1].id",
      "actors[2].kind",
      "relations[0].to",
      "relations[0].claims[0].sources",
      "relations[1].claims[0].claimedBy",
      "relations[2].claims[0].time",
      "sources[0].published",
      "actors[3]",
      "stories[0].steps[0].focus.actors[0]",
      "relations[2].claims[0].status",
    ]) {
      expect(paths, path).toContain(path);
    }
  });

  it("warns (without failing) when a claimed statement does not say who claims it", () => {
    const issues = issuesAfter((d) => delete d.relations[1].claims[0].claimedBy);
    expect(errorsOf(issues)).toEqual([]);
    expect(issues).toEqual([
      {
        path: "relations[1].claims[0].claimedBy",
        message: "a claimed statement should say who claims it",
        severity: "warning",
        code: "ref.claimWithoutClaimant",
      },
    ]);
  });

  it("never throws on non-objects", () => {
    for (const input of [null, 42, "text", [], { actors: "no" }]) {
      expect(validate(input).length).toBeGreaterThan(0);
    }
  });
});
