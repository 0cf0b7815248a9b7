// Time window filter: partial dates typed as 2025, 2025-03 or 2025-03-08, checked as you type.
import { useState } from "react";
import { isPartialDate } from "../../model";
import type { Filters } from "../../state";
import { useT } from "../i18n/I18nProvider";

function DateField({
  id,
  label,
  value,
  onCommit,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value ?? "");
  }
  const invalid = draft !== "" && !isPartialDate(draft);
  return (
    <label className="date-field">
      {label}
      <input
        type="text"
        inputMode="numeric"
        placeholder={t("time.placeholder")}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? `date-${id}-error` : undefined}
        onChange={(event) => {
          const next = event.target.value.trim();
          setDraft(next);
          if (next === "") onCommit(undefined);
          else if (isPartialDate(next)) onCommit(next);
        }}
      />
      {invalid && (
        <span id={`date-${id}-error`} className="field-error">
          {t("time.invalid")}
        </span>
      )}
    </label>
  );
}

export function TimeWindow({ filters, onChange }: { filters: Filters; onChange: (patch: Partial<Filters>) => void }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t("time.legend")}</legend>
      <div className="date-row">
        <DateField
          id="from"
          label={t("paths.from")}
          value={filters.timeFrom}
          onCommit={(timeFrom) => onChange({ timeFrom })}
        />
        <DateField id="to" label={t("paths.to")} value={filters.timeTo} onCommit={(timeTo) => onChange({ timeTo })} />
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.includeUndated}
          onChange={() => onChange({ includeUndated: !filters.includeUndated })}
        />{" "}
        {t("time.undated")}
      </label>
    </fieldset>
  );
}
