// Quantities as people say them: "at least $1.5 million", "$20–30 per fighter per month",
// "48 people interviewed by Reuters". `per` is only ever a rate; what is counted reads after the unit.
import type { Per, Quantity } from "../../model";

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£" };

/** 1500000 → "1.5 million"; numbers under a million get thousands separators. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const scaled = (divisor: number, word: string) =>
    `${(value / divisor).toLocaleString("en-GB", { maximumFractionDigits: 2 })} ${word}`;
  if (abs >= 1e9) return scaled(1e9, "billion");
  if (abs >= 1e6) return scaled(1e6, "million");
  return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
}

/** `{ unit: "fighter", period: "month" }` → "per fighter per month"; a period alone → "a month". */
export function formatPer(per: Per): string {
  if (per.unit === undefined) return per.period === undefined ? "" : `a ${per.period}`;
  return per.period === undefined ? `per ${per.unit}` : `per ${per.unit} per ${per.period}`;
}

export function formatQuantity(quantity: Quantity): string {
  const symbol = CURRENCY_SYMBOLS[quantity.unit.toUpperCase()];
  const amount = quantity.max === undefined ? formatNumber(quantity.value) : `${formatNumber(quantity.value)}–${formatNumber(quantity.max)}`;
  const withUnit = symbol ? `${symbol}${amount}` : `${amount} ${quantity.unit}`;
  const qualifier = quantity.qualifier && quantity.qualifier !== "exactly" ? `${quantity.qualifier} ` : "";
  const about = quantity.about ? ` ${quantity.about}` : "";
  const per = quantity.per ? ` ${formatPer(quantity.per)}` : "";
  return `${qualifier}${withUnit}${about}${per}`.replace(/\s+$/, "");
}
