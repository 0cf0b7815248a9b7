// A relation from the actor being edited to another, picked from a list (the keyboard's way to do
// what dragging on the graph does): opens the new relation's form with both ends filled in.
import { useState } from "react";
import type { Dataset } from "../../model";
import type { RelationDraft } from "./NewRelationForm";
import { useT } from "../i18n/I18nProvider";

export function ConnectActor({
  dataset,
  actorId,
  onStart,
}: {
  dataset: Dataset;
  actorId: string;
  onStart: (draft: RelationDraft) => void;
}) {
  const t = useT();
  const others = dataset.actors.filter((actor) => actor.id !== actorId);
  const [to, setTo] = useState(others[0]?.id ?? "");
  if (others.length === 0) return <p className="editor-hint">{t("editor.connect.none")}</p>;
  return (
    <fieldset className="editor-connect">
      <legend>{t("editor.connect.legend")}</legend>
      <div className="editor-row editor-wrap">
        <select aria-label={t("editor.connect.to")} value={to} onChange={(event) => setTo(event.target.value)}>
          {others.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onStart({ from: actorId, to })}>
          {t("editor.connect.start")}
        </button>
      </div>
      <p className="editor-hint">{t("editor.connect.hint")}</p>
    </fieldset>
  );
}
