// The table's text filter folds text as the search box does.
import { expect, it } from "vitest";
import { rowMatches } from "../../src/ui/table/sortRows";

it("matches across accents, case, hyphens and Arabic letter variants", () => {
  expect(rowMatches(["Bashar al-Assad"], "AL ASSAD")).toBe(true);
  expect(rowMatches(["Ḥamā"], "hama")).toBe(true);
  expect(rowMatches(["بشار الأسد"], "الاسد")).toBe(true);
  expect(rowMatches(["Rami Makhlouf", "funds"], "fund")).toBe(true);
});

it("keeps every row for an empty filter and none for text no cell holds", () => {
  expect(rowMatches(["anything"], "  ")).toBe(true);
  expect(rowMatches(["Bashar al-Assad"], "makhlouf")).toBe(false);
});
