import { expect, it } from "vitest";
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

it("formats numbers, currencies and dates through Intl in the interface language", () => {
  const uk = createTranslator("uk", ukMessages);
  const ar = createTranslator("ar", arMessages);
  const ru = createTranslator("ru", ruMessages);
  // Intl puts a no-break space between groups and before the currency sign in uk/ru.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u200f/g, "");
  expect(plain(formatQuantity({ value: 1_500_000, unit: "USD", qualifier: "at least" }, uk))).toBe(
    "щонайменше 1,5 мільйона $",
  );
  expect(plain(formatQuantity({ value: 20, max: 30, unit: "USD", per: { period: "month" } }, ru))).toBe(
    "20–30 $ в месяц",
  );
  expect(plain(formatQuantity({ value: 12_000, unit: "fighters" }, uk))).toBe("12 000 fighters");
  expect(plain(formatQuantity({ value: 20, max: 30, unit: "USD", per: { period: "month" } }, ar))).toMatch(
    /^\u2068(20|٢٠)–(30|٣٠) US\$\u2069 شهريًا$/,
  ); // the amount isolated in the Arabic sentence
  expect(formatPartialDate("2024-12-08", ru)).toBe("8 декабря 2024 г.");
  expect(formatTimeSpan({ from: "2025-03", to: "2025-12" }, uk)).toBe("березень 2025 р. — грудень 2025 р.");
  expect(formatTimeSpan({ from: "2025-03" }, ar)).toMatch(/^منذ مارس (2025|٢٠٢٥)$/);
});
