// Partial ISO dates for people: "2025-03" → "March 2025".
import type { TimeSpan } from "../../model";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatPartialDate(date: string): string {
  const [year = "", month, day] = date.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

export function formatTimeSpan(time: TimeSpan): string {
  const about = time.approximate ? "about " : "";
  const { from, to } = time;
  if (from && to && from === to) return `${about}${formatPartialDate(from)}`;
  if (from && to) return `${about}${formatPartialDate(from)} to ${formatPartialDate(to)}`;
  if (from) return `since ${about}${formatPartialDate(from)}`;
  if (to) return `until ${about}${formatPartialDate(to)}`;
  return "";
}

/** A time window (the filter's, a story step's) in words: "2025", "March to June 2025" style. */
export function formatPeriod(from: string | undefined, to: string | undefined): string {
  if (from === undefined && to === undefined) return "all time";
  if (from === to && from !== undefined) return formatPartialDate(from);
  if (from === undefined) return `until ${formatPartialDate(to ?? "")}`;
  if (to === undefined) return `since ${formatPartialDate(from)}`;
  return `${formatPartialDate(from)} to ${formatPartialDate(to)}`;
}
