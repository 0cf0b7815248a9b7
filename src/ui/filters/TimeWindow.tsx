// Time window filter: partial dates typed as 2025, 2025-03 or 2025-03-08, checked as you type.
import { useState } from "react";
import { isPartialDate } from "../../model";
import type { Filters } from "../../state";

function DateField({ label, value, onCommit }: { label: string; value: string | undefined; onCommit: (value: string | undefined) => void }) {
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
        placeholder="YYYY-MM"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${label}-error` : undefined}
        onChange={(event) => {
          const next = event.target.value.trim();
          setDraft(next);
          if (next === "") onCommit(undefined);
          else if (isPartialDate(next)) onCommit(next);
        }}
      />
      {invalid && (
        <span id={`${label}-error`} className="field-error">
          Use 2025, 2025-03 or 2025-03-08
        </span>
      )}
    </label>
  );
}

export function TimeWindow({ filters, onChange }: { filters: Filters; onChange: (patch: Partial<Filters>) => void }) {
  return (
    <fieldset>
      <legend>Time</legend>
      <div className="date-row">
        <DateField label="From" value={filters.timeFrom} onCommit={(timeFrom) => onChange({ timeFrom })} />
        <DateField label="To" value={filters.timeTo} onCommit={(timeTo) => onChange({ timeTo })} />
      </div>
      <label className="inline">
        <input type="checkbox" checked={filters.includeUndated} onChange={() => onChange({ includeUndated: !filters.includeUndated })} /> include undated claims
      </label>
    </fieldset>
  );
}
