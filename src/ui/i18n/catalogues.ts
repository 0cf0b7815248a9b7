// One catalogue per language. English is bundled (it is the reference and the fallback); the
// others are separate chunks fetched when chosen, so the first page stays light.
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { UiLanguage } from "../../state";
import en from "./messages/en.json";

export type MessageId = keyof typeof en;
/** Source strings in dev and tests; precompiled ASTs in a build (scripts/precompiled-messages.ts). */
export type Messages = Record<MessageId, string | MessageFormatElement[]>;

export const englishMessages: Messages = en;

const loaders: Record<
  Exclude<UiLanguage, "en">,
  () => Promise<{ default: Record<string, string | MessageFormatElement[]> }>
> = {
  uk: () => import("./messages/uk.json"),
  ar: () => import("./messages/ar.json"),
  ru: () => import("./messages/ru.json"),
};

export async function loadMessages(lang: UiLanguage): Promise<Record<string, string | MessageFormatElement[]>> {
  if (lang === "en") return en;
  return (await loaders[lang]()).default;
}
