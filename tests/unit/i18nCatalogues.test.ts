// The interface catalogues: same keys as English, valid ICU MessageFormat with the same
// placeholders, and the plural categories each language needs (CLDR: uk/ru one/few/many/other,
// ar zero/one/two/few/many/other), formatted with real numbers.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import ar from "../../src/ui/i18n/messages/ar.json";
import en from "../../src/ui/i18n/messages/en.json";
import ru from "../../src/ui/i18n/messages/ru.json";
import uk from "../../src/ui/i18n/messages/uk.json";
import { createTranslator } from "../../src/ui/i18n/translator";

const catalogues: Record<string, Record<string, string>> = { uk, ar, ru };
const PLURAL_CASES: Record<string, string[]> = {
  en: ["one", "other"],
  uk: ["one", "few", "many", "other"],
  ru: ["one", "few", "many", "other"],
  ar: ["zero", "one", "two", "few", "many", "other"],
};

/** Placeholder names, and for each plural argument the categories it spells out. */
function shape(elements: MessageFormatElement[], names = new Set<string>(), plurals: string[][] = []) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound || element.type === TYPE.tag) continue;
    names.add(element.value);
    if (element.type === TYPE.plural) plurals.push(Object.keys(element.options).filter((key) => !key.startsWith("=")));
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) shape(option.value, names, plurals);
    }
  }
  return { names: [...names].sort(), plurals };
}

describe("interface catalogues", () => {
  for (const [lang, messages] of Object.entries(catalogues)) {
    it(`${lang} has every English key and no other`, () => {
      expect(Object.keys(messages).filter((key) => !(key in en))).toEqual([]);
      expect(Object.keys(en).filter((key) => !(key in messages))).toEqual([]);
    });

    it(`${lang} messages parse as ICU, keep the English placeholders and spell out ${PLURAL_CASES[lang]?.join("/")}`, () => {
      for (const [key, english] of Object.entries(en)) {
        const text = messages[key] ?? "";
        const translated = shape(parse(text));
        expect({ key, names: translated.names }).toEqual({ key, names: shape(parse(english)).names });
        for (const cases of translated.plurals)
          expect({ key, cases: [...cases].sort() }).toEqual({ key, cases: [...(PLURAL_CASES[lang] ?? [])].sort() });
      }
    });

    it(`${lang} is translated, not copied from English`, () => {
      // Key names (Enter, Escape) are printed on keyboards; file names stay as they are.
      const sameEverywhere = (key: string) => key.startsWith("shortcuts.keys.") || key === "export.csv";
      const copied = Object.entries(en).filter(
        ([key, english]) => /[a-z]{4}/.test(english) && messages[key] === english && !sameEverywhere(key),
      );
      expect(copied.map(([key]) => key)).toEqual([]);
    });
  }

  it("English spells out one/other in every plural", () => {
    for (const english of Object.values(en))
      for (const cases of shape(parse(english)).plurals) expect(cases.sort()).toEqual(["one", "other"]);
  });
});

describe("plural forms", () => {
  const rows = (lang: "uk" | "ru" | "ar" | "en", count: number) =>
    createTranslator(lang, catalogues[lang] ?? en)("table.rows", { count });

  it("Ukrainian: 1 рядок, 3 рядки, 5 рядків, 11 рядків, 21 рядок, 22 рядки", () => {
    expect([1, 3, 5, 11, 21, 22].map((count) => rows("uk", count))).toEqual([
      "1 рядок",
      "3 рядки",
      "5 рядків",
      "11 рядків",
      "21 рядок",
      "22 рядки",
    ]);
  });

  it("Russian: 1 строка, 2 строки, 5 строк, 12 строк, 101 строка", () => {
    expect([1, 2, 5, 12, 101].map((count) => rows("ru", count))).toEqual([
      "1 строка",
      "2 строки",
      "5 строк",
      "12 строк",
      "101 строка",
    ]);
  });

  it("Arabic: zero, one, two, few (3–10), many (11–99), other (100)", () => {
    const digits = (text: string) => text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
    expect([0, 1, 2, 3, 11, 100].map((count) => digits(rows("ar", count)))).toEqual([
      "لا صفوف",
      "صف واحد",
      "صفان",
      "3 صفوف",
      "11 صفًا",
      "100 صف",
    ]);
  });

  it("English: 1 row, 2 rows", () => {
    expect([1, 2].map((count) => rows("en", count))).toEqual(["1 row", "2 rows"]);
  });
});

describe("bidi isolation in a right-to-left interface", () => {
  const ar = createTranslator("ar", catalogues.ar ?? en);

  it("wraps each text value in FSI … PDI, so a Latin name cannot reorder the Arabic around it", () => {
    expect(ar("graph.selectedActor", { name: "Ada Example (UK)" })).toBe("المحدد: \u2068Ada Example (UK)\u2069.");
  });

  it("leaves select keys and numbers alone", () => {
    const text = ar("actor.relationLabel", { kind: "funds", direction: "from", other: "Bob" });
    expect(text).toBe("\u2068funds\u2069 من \u2068Bob\u2069: عرض الإفادات");
  });

  it("adds nothing in a left-to-right interface", () => {
    expect(createTranslator("uk", uk)("graph.selectedActor", { name: "حسن نصر الله" })).toBe("Вибрано: حسن نصر الله.");
  });
});
