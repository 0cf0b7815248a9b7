// A story step's period in the editor: two partial dates, checked as typed. A step with a period
// shows only the claims of that time when it is played, and says so on screen and in the handout.
import { isPartialDate } from "../../model";
import { useT } from "../i18n/I18nProvider";

export interface StepPeriodFieldsProps {
  number: number;
  time: { from?: string; to?: string } | undefined;
  onChange: (time: { from?: string; to?: string } | undefined) => void;
}

export function StepPeriodFields({ number, time, onChange }: StepPeriodFieldsProps) {
  const t = useT();
  const field = (end: "from" | "to", label: string) => {
    const value = time?.[end] ?? "";
    const invalid = value !== "" && !isPartialDate(value);
    return (
      <label className="draft-field draft-period">
        <span>{t("story.periodField", { label, number })}</span>
        <input
          type="text"
          inputMode="numeric"
          placeholder={t("time.placeholder")}
          maxLength={10}
          value={value}
          aria-invalid={invalid}
          onChange={(event) => {
            const next = { ...time, [end]: event.target.value.trim() || undefined };
            onChange(next.from === undefined && next.to === undefined ? undefined : next);
          }}
        />
        {invalid && <span className="field-error">{t("time.invalid")}</span>}
      </label>
    );
  };
  return (
    <fieldset className="draft-period-fields">
      <legend>{t("story.periodLegend", { number })}</legend>
      {field("from", t("story.periodFrom"))}
      {field("to", t("story.periodTo"))}
    </fieldset>
  );
}
