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

/**
 * The amount inside the locale's currency pattern: "$…" for US dollars and wherever the short
 * sign is the currency's own ("€", "£" for pounds sterling); the longer sign where the short one
 * would be mistaken for another currency ("SYP 100,000", not "£100,000").
 */
function withCurrency(amount: string, currency: string, t: Translate): string {
  const pattern = (currencyDisplay: "narrowSymbol" | "symbol") =>
    new Intl.NumberFormat(t.locale, { style: "currency", currency, currencyDisplay, maximumFractionDigits: 0 });
  const narrow = pattern("narrowSymbol").formatToParts(1);
  const own = currency === "USD" || narrow.map((part) => part.value).join("") === pattern("symbol").format(1);
  const parts = own ? narrow : pattern("symbol").formatToParts(1);
  return parts.map((part) => (part.type === "integer" ? amount : part.value)).join("");
}

/**
 * Money as each language says it. English: the symbol and the word ("$1.5 million", "$20–30").
 * Ukrainian, Russian and Arabic: the locale's own pattern with the currency named in its words and
 * declined by the number ("1,5 мільйона доларів США", "21 долар США", "5 ملايين دولار أمريكي"),
 * so no Latin "US$" sits glued to Arabic words and the order is the language's.
 */
function formatMoney(quantity: Quantity, t: Translate): string {
  if (t.lang === "en") return withCurrency(formatAmount(quantity, t), quantity.unit, t);
  const large = Math.abs(quantity.max ?? quantity.value) >= 1e6;
  const format = new Intl.NumberFormat(t.locale, {
    style: "currency",
    currency: quantity.unit,
    currencyDisplay: "name",
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
    ...(large ? { notation: "compact", compactDisplay: "long" } : {}),
  });
  return quantity.max === undefined ? format.format(quantity.value) : format.formatRange(quantity.value, quantity.max);
}

function formatAmount(quantity: Quantity, t: Translate): string {
  const format = numberFormat(quantity.max ?? quantity.value, t);
  return quantity.max === undefined ? format.format(quantity.value) : format.formatRange(quantity.value, quantity.max);
}

/** `{ unit: "fighter", period: "month" }` → "… per fighter per month"; a period alone → "… a month". */
export function formatPer(per: Per, amount: string, t: Translate = englishTranslator): string {
  if (per.unit === undefined)
    return per.period === undefined ? amount : t(`quantity.per.${per.period}` as MessageId, { amount });
  if (per.period === undefined) return t("quantity.perUnit", { amount, unit: per.unit });
  return t("quantity.perUnitPeriod", { amount, unit: per.unit, period: per.period });
}

export function formatQuantity(quantity: Quantity, t: Translate = englishTranslator): string {
  const amount = isCurrency(quantity.unit) ? formatMoney(quantity, t) : `${formatAmount(quantity, t)} ${quantity.unit}`;
  const counted = quantity.about ? `${amount} ${quantity.about}` : amount;
  const rate = quantity.per ? formatPer(quantity.per, counted, t) : counted;
  const qualifier = quantity.qualifier && QUALIFIERS[quantity.qualifier];
  return qualifier ? t(qualifier, { amount: rate }) : rate;
}
