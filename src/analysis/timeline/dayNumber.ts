// Dates as whole days since 1970-01-01 (UTC): numbers draw and compare fast at 60k claims.
import { periodEnd, periodStart } from "../../model";

const DAY_MS = 86_400_000;

/** The day number of a full ISO date "YYYY-MM-DD". */
export function dayNumber(isoDay: string): number {
  const [year = "0", month = "1", day = "1"] = isoDay.split("-");
  return Math.round(Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS);
}

// Datasets repeat few distinct dates over many claims (60k claims, a few hundred dates), so each
// is worked out once. Bounded, so that a stream of distinct dates cannot grow it without end.
const CACHE_LIMIT = 20_000;
const starts = new Map<string, number>();
const ends = new Map<string, number>();

function cached(cache: Map<string, number>, key: string, compute: (key: string) => number): number {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute(key);
  cache.set(key, value);
  return value;
}

/** First day covered by a partial date ("2025-03" → the day number of 1 March 2025). */
export const firstDayOf = (partialDate: string): number =>
  cached(starts, partialDate, (date) => dayNumber(periodStart(date)));

/** The day after the last day a partial date covers, so that a span is [start, end). */
export const dayAfter = (partialDate: string): number =>
  cached(ends, partialDate, (date) => dayNumber(periodEnd(date)) + 1);

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
