// What a reader must know about a relation without claims: nothing supports it. The file it was
// imported from is named as where it came from, never as a source.
import type { Origin } from "../../model";
import { StatusBadge } from "./StatusBadge";
import { useT } from "../i18n/I18nProvider";

export function UnsourcedNotice({ origin }: { origin: Origin | undefined }) {
  const t = useT();
  return (
    <section className="unsourced-notice" aria-label={t("unsourced.label")}>
      <h3>
        <StatusBadge status="unsourced" /> {t("unsourced.title")}
      </h3>
      <p>{t("unsourced.text")}</p>
      {origin && (
        <p className="relation-origin">{t("unsourced.origin", { file: origin.file, format: origin.format })}</p>
      )}
    </section>
  );
}
