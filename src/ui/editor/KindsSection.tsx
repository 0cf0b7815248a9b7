// The dataset's vocabularies: actor kinds and relation kinds (with their direction). A kind in
// use cannot be deleted: the rules refuse it and say where it is used.
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { freshId, putItem, removeItem, type Edit } from "../../state/edit";
import { useT } from "../i18n/I18nProvider";
import { IssueLines } from "../i18n/issueText";

function KindRow({
  label,
  directed,
  onSave,
  onDelete,
}: {
  label: string;
  directed?: boolean;
  onSave: (label: string, directed: boolean) => void;
  onDelete: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(label);
  const [isDirected, setDirected] = useState(directed ?? false);
  return (
    <div className="editor-row">
      <input
        aria-label={t("editor.kinds.label", { label })}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {directed !== undefined && (
        <label className="editor-check">
          <input type="checkbox" checked={isDirected} onChange={(event) => setDirected(event.target.checked)} />{" "}
          {t("editor.kinds.directed")}
        </label>
      )}
      <button type="button" onClick={() => onSave(text, isDirected)}>
        {t("editor.save")}
      </button>
      <button type="button" aria-label={t("editor.kinds.delete", { label })} onClick={onDelete}>
        ×
      </button>
    </div>
  );
}

export function KindsSection({ dataset, apply }: { dataset: Dataset; apply: (edit: Edit) => Issue[] }) {
  const t = useT();
  const [problems, setProblems] = useState<Issue[]>([]);
  const [newActorKind, setNewActorKind] = useState("");
  const [newRelationKind, setNewRelationKind] = useState("");
  const run = (edit: Edit) => setProblems(apply(edit));
  return (
    <details className="editor-section">
      <summary>{t("editor.kinds.title")}</summary>
      <h3>{t("editor.kinds.actor")}</h3>
      {dataset.actorKinds.map((kind) => (
        <KindRow
          key={`${kind.id}:${kind.label}`}
          label={kind.label}
          onSave={(label) => run(putItem(dataset, "actorKinds", { ...kind, label }))}
          onDelete={() => run(removeItem(dataset, "actorKinds", kind.id))}
        />
      ))}
      <div className="editor-row">
        <input
          aria-label={t("editor.kinds.newActor")}
          placeholder={t("editor.kinds.newActor")}
          value={newActorKind}
          onChange={(event) => setNewActorKind(event.target.value)}
        />
        <button
          type="button"
          onClick={() =>
            run(
              putItem(dataset, "actorKinds", {
                id: freshId(dataset, "actorKinds", newActorKind, "kind"),
                label: newActorKind,
              }),
            )
          }
        >
          {t("editor.add")}
        </button>
      </div>
      <h3>{t("editor.kinds.relation")}</h3>
      {dataset.relationKinds.map((kind) => (
        <KindRow
          key={`${kind.id}:${kind.label}:${kind.directed}`}
          label={kind.label}
          directed={kind.directed}
          onSave={(label, directed) => run(putItem(dataset, "relationKinds", { ...kind, label, directed }))}
          onDelete={() => run(removeItem(dataset, "relationKinds", kind.id))}
        />
      ))}
      <div className="editor-row">
        <input
          aria-label={t("editor.kinds.newRelation")}
          placeholder={t("editor.kinds.newRelation")}
          value={newRelationKind}
          onChange={(event) => setNewRelationKind(event.target.value)}
        />
        <button
          type="button"
          onClick={() =>
            run(
              putItem(dataset, "relationKinds", {
                id: freshId(dataset, "relationKinds", newRelationKind, "kind"),
                label: newRelationKind,
                directed: true,
              }),
            )
          }
        >
          {t("editor.add")}
        </button>
      </div>
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          <IssueLines issues={problems} />
        </p>
      )}
    </details>
  );
}
