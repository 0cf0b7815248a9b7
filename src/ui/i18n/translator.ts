// t(id, values): a catalogue message formatted as ICU MessageFormat (plurals, selects) by FormatJS.
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createIntl, createIntlCache, type IntlShape } from "react-intl";
import type { UiLanguage } from "../../state";
import { englishMessages, type MessageId } from "./catalogues";
import { textDirection } from "./language";

export type MessageValues = Record<string, string | number | Date>;

export interface Translate {
  (id: MessageId, values?: MessageValues): string;
  lang: UiLanguage;
  /** BCP 47 locale for Intl formatters. */
  locale: string;
  intl: IntlShape;
}

const cache = createIntlCache();
/** English dates read "8 December 2024" (day first, no comma), as the app always wrote them. */
const INTL_LOCALES: Record<UiLanguage, string> = { en: "en-GB", uk: "uk", ar: "ar", ru: "ru" };

export function createTranslator(
  lang: UiLanguage,
  messages: Record<string, string | MessageFormatElement[]>,
): Translate {
  // One catalogue is all strings (dev, tests) or all ASTs (a build); react-intl takes either.
  const intl = createIntl(
    {
      locale: INTL_LOCALES[lang],
      messages: messages as Record<string, string>,
      defaultLocale: "en",
      onError: reportMissing,
    },
    cache,
  );
  const isolate = textDirection(lang) === "rtl";
  const translate = (id: MessageId, values?: MessageValues) =>
    intl.formatMessage(
      { id, defaultMessage: englishMessages[id] },
      isolate && values ? isolated(values, selectArguments(englishMessages[id])) : values,
    );
  return Object.assign(translate, { lang, locale: INTL_LOCALES[lang], intl });
}

/**
 * In a right-to-left interface, each text with left-to-right letters put into a message (a name,
 * a file, a title) is a bidi isolate (FSI … PDI), so that its direction cannot reorder the words,
 * numbers and punctuation around it ("Ada Example (UK)" stays whole inside Arabic).
 */
function isolated(values: MessageValues, selects: ReadonlySet<string>): MessageValues {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === "string" && !selects.has(key) && LEFT_TO_RIGHT_LETTER.test(value)
        ? `\u2068${value}\u2069`
        : value,
    ]),
  );
}

/** A letter of a left-to-right script (Latin, Cyrillic, …): text in Arabic script alone needs no isolate. */
const LEFT_TO_RIGHT_LETTER = /(?=\p{L})[^\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Arguments that choose a branch ({direction, select, …}): their values are keys, not text. */
export function selectArguments(message: string | MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select) names.add(element.value);
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  if (typeof message === "string")
    for (const match of message.matchAll(/\{\s*(\w+)\s*,\s*select\s*,/g)) names.add(match[1] ?? "");
  else visit(message);
  return names;
}

function reportMissing(error: Error): void {
  // A missing translation falls back to English; the catalogue test catches it before release.
  if (import.meta.env.DEV) console.warn(error.message);
}

export const englishTranslator = createTranslator("en", englishMessages);
