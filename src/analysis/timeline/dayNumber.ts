// Dates as whole days since 1970-01-01 (UTC): numbers draw and compare fast at 60k claims.
import { periodEnd, periodStart } from "../../model";

const DAY_MS = 86_400_000;

/** The day number of a full ISO date "YYYY-MM-DD". */
export function dayNumber(isoDay: string): number {
  const [year = "0", month = "1", day = "1"] = isoDay.split("-");
  return Math.round(Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS);
}

/** First day covered by a partial date ("2025-03" → the day number of 1 March 2025). */
export const firstDayOf = (partialDate: string): number => dayNumber(periodStart(partialDate));

/** The day after the last day a partial date covers, so that a span is [start, end). */
export const dayAfter = (partialDate: string): number => dayNumber(periodEnd(partialDate)) + 1;

/** The calendar month holding a day number, as "YYYY-MM". */
export function monthOfDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The precision of a partial date: how long a period it names. */
export function precisionOf(partialDate: string): "year" | "month" | "day" {
  const parts = partialDate.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}
