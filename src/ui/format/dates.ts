// Partial ISO dates for people, in the interface's locale: "2025-03" → "March 2025", "березень 2025 р.".
import type { TimeSpan } from "../../model";
import { englishTranslator, type Translate } from "../i18n/translator";

export function formatPartialDate(date: string, t: Translate = englishTranslator): string {
  const [year = "", month, day] = date.split("-");
  const y = Number(year);
  const m = month === undefined ? undefined : Number(month);
  if (!Number.isInteger(y) || year === "") return date;
  if (m === undefined || !(m >= 1 && m <= 12))
    return t.intl.formatDate(Date.UTC(y, 0, 1), { year: "numeric", timeZone: "UTC" });
  if (day === undefined)
    return t.intl.formatDate(Date.UTC(y, m - 1, 1), { month: "long", year: "numeric", timeZone: "UTC" });
  return t.intl.formatDate(Date.UTC(y, m - 1, Number(day)), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatTimeSpan(time: TimeSpan, t: Translate = englishTranslator): string {
  const { from, to } = time;
  const date = (value: string) => formatPartialDate(value, t);
  const about = time.approximate ? "yes" : "no";
  if (from && to && from === to) return t("time.on", { date: date(from), about });
  if (from && to) return t("time.between", { from: date(from), to: date(to), about });
  if (from) return t("time.since", { date: date(from), about });
  if (to) return t("time.until", { date: date(to), about });
  return "";
}

/** A time window (the filter's, a story step's) in words: "2025", "March 2025 to June 2025". */
export function formatPeriod(
  from: string | undefined,
  to: string | undefined,
  t: Translate = englishTranslator,
): string {
  if (from === undefined && to === undefined) return t("time.allTime");
  return formatTimeSpan({ from, to }, t);
}
