// A story step's period in the editor: two partial dates, checked as typed. A step with a period
// shows only the claims of that time when it is played, and says so on screen and in the handout.
import { isPartialDate } from "../../model";

export interface StepPeriodFieldsProps {
  number: number;
  time: { from?: string; to?: string } | undefined;
  onChange: (time: { from?: string; to?: string } | undefined) => void;
}

export function StepPeriodFields({ number, time, onChange }: StepPeriodFieldsProps) {
  const field = (end: "from" | "to", label: string) => {
    const value = time?.[end] ?? "";
    const invalid = value !== "" && !isPartialDate(value);
    return (
      <label className="draft-field draft-period">
        <span>
          {label} (step {number})
        </span>
        <input
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM"
          maxLength={10}
          value={value}
          aria-invalid={invalid}
          onChange={(event) => {
            const next = { ...time, [end]: event.target.value.trim() || undefined };
            onChange(next.from === undefined && next.to === undefined ? undefined : next);
          }}
        />
        {invalid && <span className="field-error">Use 2025, 2025-03 or 2025-03-08</span>}
      </label>
    );
  };
  return (
    <fieldset className="draft-period-fields">
      <legend>Period of step {number} (optional)</legend>
      {field("from", "Period from")}
      {field("to", "Period to")}
    </fieldset>
  );
}
