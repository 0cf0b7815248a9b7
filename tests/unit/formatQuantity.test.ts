import { describe, expect, it } from "vitest";
import { formatPartialDate, formatTimeSpan } from "../../src/ui/format/dates";
import { formatQuantity } from "../../src/ui/format/quantity";
import arMessages from "../../src/ui/i18n/messages/ar.json";
import ruMessages from "../../src/ui/i18n/messages/ru.json";
import ukMessages from "../../src/ui/i18n/messages/uk.json";
import { createTranslator } from "../../src/ui/i18n/translator";

it("formats quantities as people say them", () => {
  expect(formatQuantity({ value: 1_500_000, unit: "USD", qualifier: "at least" })).toBe("at least $1.5 million");
  expect(formatQuantity({ value: 20, max: 30, unit: "USD", per: { period: "month" } })).toBe("$20–30 a month");
  expect(formatQuantity({ value: 12_000, unit: "fighters" })).toBe("12,000 fighters");
  expect(formatQuantity({ value: 50_000, unit: "fighters", qualifier: "more than" })).toBe("more than 50,000 fighters");
  expect(formatQuantity({ value: 6_000_000, unit: "USD", qualifier: "exactly", per: { unit: "fighter" } })).toBe(
    "$6 million per fighter",
  );
  expect(formatQuantity({ value: 14, unit: "command rooms", qualifier: "about" })).toBe("about 14 command rooms");
});

it("reads a rate as a rate and what is counted after the unit", () => {
  expect(formatQuantity({ value: 20, max: 30, unit: "USD", per: { unit: "fighter", period: "month" } })).toBe(
    "$20–30 per fighter per month",
  );
  expect(formatQuantity({ value: 48, unit: "people", about: "interviewed by Reuters" })).toBe(
    "48 people interviewed by Reuters",
  );
  expect(formatQuantity({ value: 6_000_000, unit: "USD", qualifier: "at least" })).toBe("at least $6 million");
  expect(formatQuantity({ value: 6_000_000, unit: "USD", qualifier: "at least", about: "spent on salaries" })).toBe(
    "at least $6 million spent on salaries",
  );
  expect(formatQuantity({ value: 100, unit: "USD", about: "paid", per: { period: "week" } })).toBe("$100 paid a week");
});

it("formats partial dates and spans", () => {
  expect(formatPartialDate("2025")).toBe("2025");
  expect(formatPartialDate("2025-03")).toBe("March 2025");
  expect(formatPartialDate("2024-12-08")).toBe("8 December 2024");
  expect(formatTimeSpan({ from: "2025-03", to: "2025-12" })).toBe("March 2025 to December 2025");
  expect(formatTimeSpan({ from: "2025-03" })).toBe("since March 2025");
  expect(formatTimeSpan({ from: "2024-12", to: "2024-12", approximate: true })).toBe("about December 2024");
});

describe("money reads as each language says it (Intl in the interface's locale, exact text)", () => {
  const uk = createTranslator("uk", ukMessages);
  const ar = createTranslator("ar", arMessages);
  const ru = createTranslator("ru", ruMessages);
  const millions = { value: 1_500_000, unit: "USD", qualifier: "at least" } as const;
  const monthly = { value: 20, max: 30, unit: "USD", per: { period: "month" } } as const;

  it("English: the sign before the amount, the sign of the currency itself when the short one is another's", () => {
    expect(formatQuantity({ value: 5_000_000, unit: "EUR" })).toBe("€5 million");
    expect(formatQuantity({ value: 100_000, unit: "SYP", qualifier: "about" })).toBe("about SYP\u00a0100,000");
  });

  it("Ukrainian: the currency named and declined by the number", () => {
    expect(formatQuantity(millions, uk)).toBe("щонайменше 1,5 мільйона доларів США");
    expect(formatQuantity(monthly, uk)).toBe("20–30 доларів США на місяць");
    expect(formatQuantity({ value: 21, unit: "USD" }, uk)).toBe("21 долар США");
    expect(formatQuantity({ value: 5_000_000, unit: "EUR" }, uk)).toBe("5 мільйонів євро");
    expect(formatQuantity({ value: 100_000, unit: "SYP", qualifier: "about" }, uk)).toBe(
      "близько 100\u00a0000 сирійських фунтів",
    );
    expect(formatQuantity({ value: 12_000, unit: "fighters" }, uk)).toBe("12\u00a0000 fighters");
  });

  it("Russian: the currency named and declined by the number", () => {
    expect(formatQuantity(millions, ru)).toBe("не менее 1,5 миллиона долларов США");
    expect(formatQuantity(monthly, ru)).toBe("20–30 долларов США в месяц");
    expect(formatQuantity({ value: 21, unit: "USD" }, ru)).toBe("21 доллар США");
    expect(formatQuantity({ value: 6_000_000, unit: "USD", about: "spent on salaries" }, ru)).toBe(
      "6 миллионов долларов США spent on salaries",
    );
  });

  it("Arabic: the currency in Arabic words after the amount, no Latin sign glued to them", () => {
    expect(formatQuantity(millions, ar)).toBe("1.5 مليون دولار أمريكي على الأقل");
    expect(formatQuantity(monthly, ar)).toBe("20–30 دولار أمريكي شهريًا");
    expect(formatQuantity({ value: 5_000_000, unit: "EUR" }, ar)).toBe("5 ملايين يورو");
    expect(formatQuantity({ value: 100_000, unit: "SYP", qualifier: "about" }, ar)).toBe("نحو 100,000 ليرة سورية");
    // The dataset's own words (a unit, what is counted) stay isolated inside the Arabic sentence.
    expect(formatQuantity({ ...monthly, per: { unit: "fighter", period: "month" } }, ar)).toBe(
      "20–30 دولار أمريكي لكل \u2068fighter\u2069 شهريًا",
    );
    for (const quantity of [millions, monthly]) expect(formatQuantity(quantity, ar)).not.toMatch(/[A-Z$]/);
  });
});

it("formats dates through Intl in the interface language", () => {
  const uk = createTranslator("uk", ukMessages);
  const ar = createTranslator("ar", arMessages);
  const ru = createTranslator("ru", ruMessages);
  expect(formatPartialDate("2024-12-08", ru)).toBe("8 декабря 2024 г.");
  expect(formatTimeSpan({ from: "2025-03", to: "2025-12" }, uk)).toBe("березень 2025 р. — грудень 2025 р.");
  expect(formatTimeSpan({ from: "2025-03" }, ar)).toMatch(/^منذ مارس (2025|٢٠٢٥)$/);
});
