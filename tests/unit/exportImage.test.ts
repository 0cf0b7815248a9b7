import { describe, expect, it } from "vitest";
import { wrapCaption } from "../../src/view/exportCaption";
import { repairLabelText } from "../../src/view/exportImage";

describe("export captions and labels", () => {
  it("wraps a long sources line at spaces so nothing is cut off", () => {
    const text = "Sources: one report, Reuters, 2025-12; another report with a long title, News, 2025-12";
    const lines = wrapCaption(text, 30);
    expect(lines.join(" ")).toBe(text);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(wrapCaption("short", 30)).toEqual(["short"]);
  });

  it("draws every filled label line in the text colour, without the outline's stroke", () => {
    const svg = [
      '<text fill="none" stroke="rgb(255,255,255)" font-family="Helvetica" stroke-width="4">ground</text>',
      '<text fill="rgb(51,34,136)" stroke="rgb(255,255,255)" font-family="Helvetica" fill-opacity="1" stroke-opacity="1" stroke-width="1.5">ground</text>',
    ].join("");
    const repaired = repairLabelText(svg, "#1a1a1a");
    const [outline, fill] = repaired.match(/<text [^>]*>/g) ?? [];
    expect(outline).toContain('fill="none"');
    expect(outline).toContain('stroke-width="4"');
    expect(fill).toContain('fill="#1a1a1a"');
    expect(fill).toContain('stroke="none"');
    expect(fill).not.toContain("stroke-width");
    expect(fill).not.toContain("rgb(51,34,136)");
  });
});
