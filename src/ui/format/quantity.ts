// Quantities as people say them: "at least $1.5 million", "$20–30 a month", "12,000 fighters".
import type { Quantity } from "../../model";

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£" };
const TIME_UNITS = new Set(["day", "week", "month", "year"]);

/** 1500000 → "1.5 million"; numbers under a million get thousands separators. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const scaled = (divisor: number, word: string) =>
    `${(value / divisor).toLocaleString("en-GB", { maximumFractionDigits: 2 })} ${word}`;
  if (abs >= 1e9) return scaled(1e9, "billion");
  if (abs >= 1e6) return scaled(1e6, "million");
  return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
}

function formatPer(per: string): string {
  if (/^(a|an|per|each|every)\b/i.test(per)) return per;
  return TIME_UNITS.has(per.toLowerCase()) ? `a ${per}` : `per ${per}`;
}

export function formatQuantity(quantity: Quantity): string {
  const symbol = CURRENCY_SYMBOLS[quantity.unit.toUpperCase()];
  const amount = quantity.max === undefined ? formatNumber(quantity.value) : `${formatNumber(quantity.value)}–${formatNumber(quantity.max)}`;
  const withUnit = symbol ? `${symbol}${amount}` : `${amount} ${quantity.unit}`;
  const qualifier = quantity.qualifier && quantity.qualifier !== "exactly" ? `${quantity.qualifier} ` : "";
  const per = quantity.per ? ` ${formatPer(quantity.per)}` : "";
  return `${qualifier}${withUnit}${per}`;
}
