// Which interface language opens: the first of the browser's languages Tangle speaks.
import { expect, it } from "vitest";
import { languageDirection, pickLanguage, textDirection } from "../../src/ui/i18n/language";

it("takes the first supported language among the browser's preferences", () => {
  expect(pickLanguage(["uk-UA", "en-US"])).toBe("uk");
  expect(pickLanguage(["fr-FR", "ru-RU", "uk"])).toBe("ru");
  expect(pickLanguage(["AR-eg"])).toBe("ar");
  expect(pickLanguage(["de", "fr"])).toBe("en");
  expect(pickLanguage([])).toBe("en");
});

it("lays Arabic out right to left and the others left to right", () => {
  expect(textDirection("ar")).toBe("rtl");
  expect(["en", "uk", "ru"].map((lang) => textDirection(lang as "en"))).toEqual(["ltr", "ltr", "ltr"]);
});

it("gives data texts the direction of their own language", () => {
  expect(languageDirection("en")).toBe("ltr");
  expect(languageDirection("ar-SY")).toBe("rtl");
  expect(languageDirection("he")).toBe("rtl");
  expect(languageDirection("uk")).toBe("ltr");
  expect(languageDirection(undefined)).toBe("ltr");
});
