// Which interface language to show: the one in the link, else the one saved last time, else the
// first of the browser's preferred languages that Tangle speaks, else English.
import { UI_LANGUAGES, type UiLanguage } from "../../state";

const SETTING_KEY = "tangle:language";

/** The first supported language among the browser's preferences ("uk-UA" → "uk"). */
export function pickLanguage(preferences: readonly string[]): UiLanguage {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split("-")[0];
    const match = UI_LANGUAGES.find((lang) => lang === base);
    if (match) return match;
  }
  return "en";
}

const isLanguage = (value: string | null): value is UiLanguage => UI_LANGUAGES.some((lang) => lang === value);

/** The saved setting; storage can be off or full, which only means no saved choice. */
export function savedLanguage(): UiLanguage | undefined {
  try {
    const value = window.localStorage.getItem(SETTING_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(SETTING_KEY, lang);
  } catch {
    // Storage off: the choice still lives in the link.
  }
}

export function initialLanguage(): UiLanguage {
  return savedLanguage() ?? pickLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export const textDirection = (lang: UiLanguage): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");

const RTL_SCRIPTS = new Set(["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"]);

/** The base direction of texts in a dataset's language (BCP 47), e.g. for graph labels drawn on a canvas. */
export const languageDirection = (tag: string | undefined): "rtl" | "ltr" =>
  tag !== undefined && RTL_SCRIPTS.has(tag.toLowerCase().split("-")[0] ?? "") ? "rtl" : "ltr";

/** Each language named in itself, for the switch. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: "English",
  uk: "Українська",
  ar: "العربية",
  ru: "Русский",
};
