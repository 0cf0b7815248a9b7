// The editor's drop-down choices, one each: a claim's status (in the legend's words), an actor
// (by name, optionally none) and a relation kind (by its label).
import type { Ref } from "react";
import { claimStatuses, type Claim, type Dataset } from "../../model";
import { useT } from "../i18n/I18nProvider";

/** `id` and the aria attributes come from the Field around the choice (see Field). */
type FieldAttributes = { id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

interface Choice<T> extends FieldAttributes {
  value: T;
  onChange: (value: T) => void;
}

export function StatusChoice({ value, onChange, ...field }: Choice<Claim["status"]>) {
  const t = useT();
  return (
    <select {...field} value={value} onChange={(event) => onChange(event.target.value as Claim["status"])}>
      {claimStatuses.map((entry) => (
        <option key={entry} value={entry}>
          {t("editor.status", { status: entry })}
        </option>
      ))}
    </select>
  );
}

/** `none`: the text of an empty first option (its value is ""). */
export function ActorChoice({
  dataset,
  value,
  onChange,
  none,
  ...field
}: Choice<string> & { dataset: Dataset; none?: string }) {
  return (
    <select {...field} value={value} onChange={(event) => onChange(event.target.value)}>
      {none !== undefined && <option value="">{none}</option>}
      {dataset.actors.map((actor) => (
        <option key={actor.id} value={actor.id}>
          {actor.name}
        </option>
      ))}
    </select>
  );
}

export function RelationKindChoice({
  dataset,
  value,
  onChange,
  selectRef,
  ...field
}: Choice<string> & { dataset: Dataset; selectRef?: Ref<HTMLSelectElement> }) {
  return (
    <select {...field} ref={selectRef} value={value} onChange={(event) => onChange(event.target.value)}>
      {dataset.relationKinds.map((entry) => (
        <option key={entry.id} value={entry.id}>
          {entry.label}
        </option>
      ))}
    </select>
  );
}
