// One catalogue per language. English is bundled (it is the reference and the fallback); the
// others are separate chunks fetched when chosen, so the first page stays light.
import type { UiLanguage } from "../../state";
import en from "./messages/en.json";

export type Messages = typeof en;
export type MessageId = keyof Messages;

export const englishMessages: Messages = en;

const loaders: Record<Exclude<UiLanguage, "en">, () => Promise<{ default: Record<string, string> }>> = {
  uk: () => import("./messages/uk.json"),
  ar: () => import("./messages/ar.json"),
  ru: () => import("./messages/ru.json"),
};

export async function loadMessages(lang: UiLanguage): Promise<Record<string, string>> {
  if (lang === "en") return en;
  return (await loaders[lang]()).default;
}
