// Canvas labels keep their own direction on a right-to-left page: marks of the label's direction
// around its neutral characters (brackets, spaces, dashes).
import { expect, it } from "vitest";
import { anchoredLabel } from "../../src/view/displayLabel";

const LRM = "\u200E";
const RLM = "\u200F";

it("anchors the brackets of a Latin label left to right, and leaves plain words alone", () => {
  expect(anchoredLabel("Military intelligence (Assad era)")).toBe(`Military intelligence ${LRM}(Assad era)${LRM}`);
  expect(anchoredLabel("Kamal Hassan")).toBe("Kamal Hassan");
  expect(anchoredLabel("Military intelligence (Assad era)").replace(/[\u200E\u200F]/g, "")).toBe(
    "Military intelligence (Assad era)",
  );
});

it("anchors an Arabic label right to left, and leaves labels without letters alone", () => {
  expect(anchoredLabel("حزب الله (لبنان)")).toBe(`حزب الله ${RLM}(لبنان)${RLM}`);
  expect(anchoredLabel("2025")).toBe("2025");
});
