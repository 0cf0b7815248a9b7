// t(id, values): a catalogue message formatted as ICU MessageFormat (plurals, selects) by FormatJS.
import { createIntl, createIntlCache, type IntlShape } from "react-intl";
import type { UiLanguage } from "../../state";
import { englishMessages, type MessageId } from "./catalogues";

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

export function createTranslator(lang: UiLanguage, messages: Record<string, string>): Translate {
  const intl = createIntl({ locale: INTL_LOCALES[lang], messages, defaultLocale: "en", onError: reportMissing }, cache);
  const translate = (id: MessageId, values?: MessageValues) =>
    intl.formatMessage({ id, defaultMessage: englishMessages[id] }, values);
  return Object.assign(translate, { lang, locale: INTL_LOCALES[lang], intl });
}

function reportMissing(error: Error): void {
  // A missing translation falls back to English; the catalogue test catches it before release.
  if (import.meta.env.DEV) console.warn(error.message);
}

export const englishTranslator = createTranslator("en", englishMessages);
