// Quantities as people say them, in the interface's locale: "at least $1.5 million", "$20–30 per
// fighter per month", "48 people interviewed by Reuters". `per` is only ever a rate; what is
// counted reads after the unit. Units other than currencies, and `about`, are the dataset's words.
import type { Per, Quantity } from "../../model";
import type { MessageId } from "../i18n/catalogues";
import { englishTranslator, type Translate } from "../i18n/translator";

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
  return new Intl.NumberFormat(
    t.locale,
    large ? { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 } : { maximumFractionDigits: 2 },
  );
}

export function formatNumber(value: number, t: Translate = englishTranslator): string {
  return numberFormat(value, t).format(value);
}

const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit) && Intl.supportedValuesOf("currency").includes(unit);

/** The amount inside the locale's currency pattern ("$…", "… $", "US$ …"). */
function withCurrency(amount: string, currency: string, t: Translate): string {
  const parts = new Intl.NumberFormat(t.locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
  }).formatToParts(1);
  return parts.map((part) => (part.type === "integer" ? amount : part.value)).join("");
}

/** `{ unit: "fighter", period: "month" }` → "… per fighter per month"; a period alone → "… a month". */
export function formatPer(per: Per, amount: string, t: Translate = englishTranslator): string {
  if (per.unit === undefined)
    return per.period === undefined ? amount : t(`quantity.per.${per.period}` as MessageId, { amount });
  if (per.period === undefined) return t("quantity.perUnit", { amount, unit: per.unit });
  return t("quantity.perUnitPeriod", { amount, unit: per.unit, period: per.period });
}

export function formatQuantity(quantity: Quantity, t: Translate = englishTranslator): string {
  const format = numberFormat(quantity.max ?? quantity.value, t);
  const number =
    quantity.max === undefined ? format.format(quantity.value) : format.formatRange(quantity.value, quantity.max);
  const amount = isCurrency(quantity.unit) ? withCurrency(number, quantity.unit, t) : `${number} ${quantity.unit}`;
  const counted = quantity.about ? `${amount} ${quantity.about}` : amount;
  const rate = quantity.per ? formatPer(quantity.per, counted, t) : counted;
  const qualifier = quantity.qualifier && QUALIFIERS[quantity.qualifier];
  return qualifier ? t(qualifier, { amount: rate }) : rate;
}
