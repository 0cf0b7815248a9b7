// Provides t() for the chosen language and sets <html lang dir>. A non-English catalogue is
// fetched on demand; until it arrives the previous language stays on screen.
import { createContext, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from "react";
import type { UiLanguage } from "../../state";
import { loadMessages } from "./catalogues";
import { textDirection } from "./language";
import { createTranslator, englishTranslator, type Translate } from "./translator";

const TranslateContext = createContext<Translate>(englishTranslator);
const ChooseContext = createContext<((lang: UiLanguage) => void) | undefined>(undefined);

/** Switches the interface language (undefined outside the app, e.g. in component tests). */
export const useChooseLanguage = () => useContext(ChooseContext);

/** The translator of the language on screen (English outside a provider, e.g. in component tests). */
export const useT = (): Translate => useContext(TranslateContext);

export function I18nProvider({
  lang,
  onChoose,
  children,
}: {
  lang: UiLanguage;
  onChoose?: (lang: UiLanguage) => void;
  children: ReactNode;
}) {
  // Boxed: a function in state would be taken for an initialiser or an updater.
  const [{ translator }, setBox] = useState<{ translator: Translate }>({ translator: englishTranslator });
  const setTranslator = (next: Translate) => setBox({ translator: next });
  useEffect(() => {
    let current = true;
    void loadMessages(lang).then(
      (messages) => current && setTranslator(lang === "en" ? englishTranslator : createTranslator(lang, messages)),
      () => current && setTranslator(englishTranslator),
    );
    return () => {
      current = false;
    };
  }, [lang]);
  // Before the paint: a frame of Arabic laid out left to right would flash (and a test reading
  // <html dir> as soon as the Arabic text appears saw it).
  useLayoutEffect(() => {
    document.documentElement.lang = translator.lang;
    document.documentElement.dir = textDirection(translator.lang);
  }, [translator]);
  return (
    <ChooseContext.Provider value={onChoose}>
      <TranslateContext.Provider value={translator}>{children}</TranslateContext.Provider>
    </ChooseContext.Provider>
  );
}
