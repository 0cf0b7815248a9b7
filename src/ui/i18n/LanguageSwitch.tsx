// The header's language switch: each language named in itself, so anyone can find their own.
import { UI_LANGUAGES, type UiLanguage } from "../../state";
import { useChooseLanguage, useT } from "./I18nProvider";
import { LANGUAGE_NAMES } from "./language";

export function LanguageSwitch() {
  const t = useT();
  const choose = useChooseLanguage();
  if (!choose) return null;
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("header.language")}</span>
      <select value={t.lang} onChange={(event) => choose(event.target.value as UiLanguage)}>
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
