/** Messages about the link, loading and imports; announced politely to screen readers. */
import { useT } from "../i18n/I18nProvider";

export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss: (index: number) => void }) {
  const t = useT();
  return (
    <div className="notices" role="status" aria-live="polite" aria-label={t("notices.label")}>
      {notices.map((text, index) => (
        <p key={`${index}-${text}`} className="notice">
          {text}{" "}
          <button type="button" className="link-button" onClick={() => onDismiss(index)} aria-label={t("notices.dismissLabel", { text })}>
            {t("notices.dismiss")}
          </button>
        </p>
      ))}
    </div>
  );
}
