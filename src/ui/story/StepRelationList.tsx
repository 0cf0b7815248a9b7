// "In this step": the focused relations in words, each non-fact labelled as what it is.
import type { ClaimStatus } from "../../model";
import { STATUS_ORDER } from "../../model";
import type { StepRelationRow } from "../../state";
import { useT } from "../i18n/I18nProvider";
import { classroomText, statusText } from "../i18n/statusText";

export function StepRelationList({
  rows,
  hidden,
  lang,
}: {
  rows: readonly StepRelationRow[];
  hidden: ReadonlySet<ClaimStatus>;
  lang: string | undefined;
}) {
  const t = useT();
  const hiddenList = STATUS_ORDER.filter((status) => hidden.has(status));
  return (
    <aside className="story-relations" aria-labelledby="story-relations-heading">
      <h2 id="story-relations-heading">{t("presenter.inThisStep")}</h2>
      {rows.length === 0 ? (
        <p className="story-relations-empty">{t("presenter.noRelations")}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id} data-relation={row.id}>
              <span className="story-relation-text" lang={lang} dir="auto">
                {row.from}
                <span aria-hidden="true"> — </span>{" "}
                <span className="story-relation-kind">{row.kind.toLowerCase()}</span>
                <span aria-hidden="true">{row.directed ? " → " : " — "}</span> {row.to}
              </span>
              {row.label && <span className="classroom-label">{classroomText(t, row.label)}</span>}
              {row.also.length > 0 && (
                <span className="classroom-label classroom-also">
                  {t("presenter.also", { list: t.intl.formatList(row.also.map((label) => classroomText(t, label))) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {hiddenList.length > 0 && (
        <p className="story-hidden-note">
          {t("presenter.hiddenHere", {
            list: t.intl.formatList(
              hiddenList.map((status) => statusText(t, status).label.toLocaleLowerCase(t.locale)),
            ),
          })}
        </p>
      )}
    </aside>
  );
}
