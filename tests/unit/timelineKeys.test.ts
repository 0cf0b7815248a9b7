// Keyboard moves between claims on the timeline.
import { describe, expect, it } from "vitest";
import { groupRows, timelineRows } from "../../src/analysis";
import type { Claim, Relation } from "../../src/model";
import { firstClaim, moveActive } from "../../src/ui/timeline/timelineKeys";

const claim = (id: string, from: string): Claim => ({
  id,
  text: id,
  status: "reported",
  quantities: [],
  sources: [{ source: "s" }],
  time: { from, to: from },
});
const relation = (id: string, from: string, claims: Claim[]): Relation => ({ id, from, to: "z", kind: "k", claims });
const timeline = timelineRows([
  relation("r1", "a", [claim("a1", "2020"), claim("a2", "2023")]),
  relation("r2", "b", [claim("b1", "2021"), claim("b2", "2024")]),
  relation("r3", "a", [claim("c1", "2022")]),
]);

describe("moveActive", () => {
  const items = groupRows(timeline.rows, false, (id) => id);

  it("walks along a row and stops at its ends", () => {
    expect(moveActive(items, { item: 0, claim: 0 }, "ArrowRight")).toEqual({ item: 0, claim: 1 });
    expect(moveActive(items, { item: 0, claim: 1 }, "ArrowRight")).toBeUndefined();
    expect(moveActive(items, { item: 0, claim: 1 }, "Home")).toEqual({ item: 0, claim: 0 });
    expect(moveActive(items, { item: 0, claim: 0 }, "ArrowLeft")).toBeUndefined();
  });

  it("goes up and down to the claim nearest in time", () => {
    expect(moveActive(items, { item: 0, claim: 1 }, "ArrowDown")).toEqual({ item: 1, claim: 1 });
    expect(moveActive(items, { item: 1, claim: 0 }, "ArrowUp")).toEqual({ item: 0, claim: 0 });
    expect(moveActive(items, { item: 2, claim: 0 }, "ArrowDown")).toBeUndefined();
    expect(moveActive(items, { item: 2, claim: 0 }, "Home", true)).toEqual({ item: 0, claim: 1 });
    expect(moveActive(items, { item: 0, claim: 0 }, "x")).toBeUndefined();
  });

  it("skips the actor headings when rows are grouped", () => {
    const grouped = groupRows(timeline.rows, true, (id) => id);
    expect(grouped.map((item) => (item.kind === "group" ? `g:${item.actor}` : item.row.relation.id))).toEqual([
      "g:a",
      "r1",
      "r3",
      "g:b",
      "r2",
    ]);
    expect(firstClaim(grouped)).toEqual({ item: 1, claim: 0 });
    expect(moveActive(grouped, { item: 2, claim: 0 }, "ArrowDown")).toMatchObject({ item: 4 });
  });
});
