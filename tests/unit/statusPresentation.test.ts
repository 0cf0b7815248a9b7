// One table presents every claim status: line, label, classroom words and the export's note agree.
import { expect, it } from "vitest";
import { STATUS_ORDER } from "../../src/model";
import { STATUS_PRESENTATION, classroomLabel, lineStyleNote, statusLabel } from "../../src/state";
import { buildStylesheet } from "../../src/view";

it("the export's line note is built from the table, grouping statuses drawn alike", () => {
  expect(lineStyleNote()).toBe(
    "Lines: double = confirmed, solid = reported, dashed = claimed, dotted = disputed, faint dotted = denied, thin grey dotted = unsourced.",
  );
});

it("every status has a label, and only statuses that are not findings carry a classroom label", () => {
  expect(STATUS_ORDER.map(statusLabel)).toEqual(["Confirmed", "Reported", "Claimed", "Disputed", "Denied"]);
  expect(STATUS_ORDER.map(classroomLabel)).toEqual([
    undefined,
    undefined,
    "Claimed, not verified",
    "Disputed",
    "Denied",
  ]);
});

it("the graph's stylesheet draws each status with the table's line", () => {
  const sheet = buildStylesheet("light", false, 1, 1);
  for (const status of STATUS_ORDER) {
    const rule = sheet.find((entry) => "selector" in entry && entry.selector === `edge[status = "${status}"]`);
    const { style, opacity } = STATUS_PRESENTATION[status].line;
    expect(rule && "style" in rule ? rule.style : undefined).toEqual({
      // Cytoscape knows no double line: a solid core, outlined in the kind's colour (below).
      "line-style": style === "double" ? "solid" : style,
      "line-opacity": opacity,
    });
  }
});

it("draws a double line as a core in the background colour with the kind's colour on both sides", () => {
  const sheet = buildStylesheet("light", false, 1, 1);
  const doubles = sheet.filter(
    (entry) =>
      "style" in entry && entry.selector === `edge[status = "confirmed"]` && "line-outline-width" in entry.style,
  );
  expect(doubles).toHaveLength(1);
  expect(doubles[0] && "style" in doubles[0] ? doubles[0].style : undefined).toMatchObject({
    "line-color": "#ffffff",
    "line-outline-color": "data(colour)",
  });
});
