// Exported pictures carry the app's words (sources line, line styles, relation families, how much is
// drawn) in the interface language; the dataset's words (title, kinds, sources) stay as they are.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset, type Dataset } from "../../src/model";
import { exportWords } from "../../src/ui/files/exportWords";
import ar from "../../src/ui/i18n/messages/ar.json";
import uk from "../../src/ui/i18n/messages/uk.json";
import { createTranslator, englishTranslator } from "../../src/ui/i18n/translator";
import { exportCaption } from "../../src/view/exportCaption";

const curated = (): Dataset => {
  const parsed = parseDataset(JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")));
  if (!parsed.ok) throw new Error("curated dataset invalid");
  return parsed.dataset;
};

describe("export captions in the interface language", () => {
  const dataset = curated();
  const kinds = new Set(dataset.actorKinds.map((kind) => kind.id));
  const relationKinds = new Set(dataset.relationKinds.map((kind) => kind.id));

  it("English words are the ones exports always had", () => {
    const caption = exportCaption(dataset, kinds, relationKinds, exportWords(englishTranslator));
    expect(caption).toEqual(exportCaption(dataset, kinds, relationKinds));
    expect(
      exportWords(englishTranslator).coverage({
        actors: 5000,
        totalActors: 5000,
        relations: 15000,
        totalRelations: 15000,
      }),
    ).toBe("Drawn: all 5,000 shown actors (of 5,000) and all 15,000 shown relations (of 15,000).");
  });

  it("Ukrainian: sources line, line styles and families translated; the data's words kept", () => {
    const t = createTranslator("uk", uk);
    const caption = exportCaption(dataset, kinds, relationKinds, exportWords(t));
    expect(caption.title).toBe(dataset.title);
    expect(caption.sourcesLine.startsWith("Джерела: ")).toBe(true);
    expect(caption.sourcesLine).toContain(dataset.sources[0]!.title);
    expect(caption.lineStyles).toMatch(/^Лінії: /);
    const labels = caption.legend.map((entry) => entry.label);
    expect(labels).toEqual(expect.arrayContaining(dataset.actorKinds.map((kind) => kind.label)));
    if (dataset.relationKinds.length > 8) expect(labels).toContain("Гроші й підтримка");
    expect(labels).not.toContain("Money and support");
  });

  it("Arabic: the coverage line", () => {
    const text = exportWords(createTranslator("ar", ar)).coverage({
      actors: 3,
      totalActors: 4,
      relations: 2,
      totalRelations: 2,
    });
    expect(text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660))).toBe(
      "رُسم كل الفاعلين المعروضين (3 من 4) وكل العلاقات المعروضة (2 من 2).",
    );
  });
});
