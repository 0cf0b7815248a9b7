// Canvas labels keep their own direction on a right-to-left page: marks of the label's direction
// around its neutral characters (brackets, spaces, dashes).
import { expect, it } from "vitest";
import { anchoredLabel } from "../../src/view/displayLabel";

const LRM = "\u200E";
const RLM = "\u200F";

it("anchors a Latin label's brackets and spaces left to right", () => {
  expect(anchoredLabel("Military intelligence (Assad era)")).toBe(`${LRM}Military${LRM} ${LRM}intelligence${LRM} (${LRM}Assad${LRM} ${LRM}era${LRM})${LRM}${LRM}`);
  expect(anchoredLabel("Military intelligence (Assad era)").replace(/[\u200E\u200F]/g, "")).toBe("Military intelligence (Assad era)");
});

it("anchors an Arabic label right to left, and leaves labels without letters alone", () => {
  expect(anchoredLabel("حسن نصر الله")).toBe(`${RLM}حسن${RLM} ${RLM}نصر${RLM} ${RLM}الله${RLM}`);
  expect(anchoredLabel("2025")).toBe("2025");
});
