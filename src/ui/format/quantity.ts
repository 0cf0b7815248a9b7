// Quantities as people say them, in the interface's locale: "at least $1.5 million", "$20–30 a
// month", "12,000 fighters". Units other than currencies are the dataset's words, kept as written.
import type { Quantity } from "../../model";
import type { MessageId } from "../i18n/catalogues";
import { englishTranslator, type Translate } from "../i18n/translator";

const TIME_UNITS = new Set(["day", "week", "month", "year"]);
const QUALIFIERS: Record<string, MessageId | undefined> = {
  "at least": "quantity.atLeast",
  "at most": "quantity.atMost",
  about: "quantity.about",
  "more than": "quantity.moreThan",
  "up to": "quantity.upTo",
};

/** 1500000 → "1.5 million"; numbers under a million get thousands separators. */
function numberFormat(value: number, t: Translate): Intl.NumberFormat {
  const large = Math.abs(value) >= 1e6;
  return new Intl.NumberFormat(t.locale, large ? { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
}

export function formatNumber(value: number, t: Translate = englishTranslator): string {
  return numberFormat(value, t).format(value);
}

const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit) && Intl.supportedValuesOf("currency").includes(unit);

/** The amount inside the locale's currency pattern ("$…", "… $", "US$ …"). */
function withCurrency(amount: string, currency: string, t: Translate): string {
  const parts = new Intl.NumberFormat(t.locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", maximumFractionDigits: 0 }).formatToParts(1);
  return parts.map((part) => (part.type === "integer" ? amount : part.value)).join("");
}

function formatPer(per: string, amount: string, t: Translate): string {
  const unit = per.toLowerCase();
  if (TIME_UNITS.has(unit)) return t(`quantity.per.${unit}` as MessageId, { amount });
  // Already a phrase in the data ("per fighter", "a month"): the dataset's words, as written.
  if (/^(a|an|per|each|every)\b/i.test(per)) return `${amount} ${per}`;
  return t("quantity.perUnit", { amount, unit: per });
}

export function formatQuantity(quantity: Quantity, t: Translate = englishTranslator): string {
  const format = numberFormat(quantity.max ?? quantity.value, t);
  const number = quantity.max === undefined ? format.format(quantity.value) : format.formatRange(quantity.value, quantity.max);
  const currency = isCurrency(quantity.unit);
  const amount = currency ? withCurrency(number, quantity.unit, t) : `${number} ${quantity.unit}`;
  const perAmount = quantity.per ? formatPer(quantity.per, amount, t) : amount;
  const qualifier = quantity.qualifier && QUALIFIERS[quantity.qualifier];
  return qualifier ? t(qualifier, { amount: perAmount }) : perAmount;
}
