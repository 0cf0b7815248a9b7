// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): the precision the sources allow, no more.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is a real calendar date at year, month or day precision. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day covered by a partial date, as YYYY-MM-DD ("2025-03" → "2025-03-01"). */
export function periodStart(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year ?? ""}-${month}-${day}`;
}

/** Last day covered by a partial date ("2025" → "2025-12-31", "2025-02" → "2025-02-28"). */
export function periodEnd(date: string): string {
  const [year = "", month, day] = date.split("-");
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return `${year}-${month}-${day}`;
  const last = daysInMonth(Number(year), Number(month));
  return `${year}-${month}-${String(last).padStart(2, "0")}`;
}

/**
 * Whether `from` can precede or equal `to`. Partial dates compare by the periods they cover:
 * "2025" ≤ "2025-03" holds, because the year contains March.
 */
export function isOrdered(from: string, to: string): boolean {
  return periodStart(from) <= periodEnd(to);
}
