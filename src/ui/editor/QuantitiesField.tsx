// A claim's quantities: value (and max for a range), unit, qualifier, rate (per unit / period), and what is counted.
import { periods, qualifiers, type Quantity } from "../../model";
import { useT } from "../i18n/I18nProvider";

type Per = NonNullable<Quantity["per"]>;

function withPer(quantity: Quantity, patch: Partial<Per>): Quantity {
  const per = { ...quantity.per, ...patch };
  if (per.unit === undefined) delete per.unit;
  if (per.period === undefined) delete per.period;
  const next: Quantity = { ...quantity, per };
  if (per.unit === undefined && per.period === undefined) delete next.per;
  return next;
}

const numberOrNaN = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

export function QuantitiesField({
  quantities,
  onChange,
  problems,
}: {
  quantities: Quantity[];
  onChange: (next: Quantity[]) => void;
  problems: string[];
}) {
  const t = useT();
  const set = (index: number, next: Quantity) =>
    onChange(quantities.map((quantity, at) => (at === index ? next : quantity)));
  const drop = <K extends keyof Quantity>(quantity: Quantity, key: K, value: Quantity[K] | undefined): Quantity => {
    const next = { ...quantity, [key]: value };
    if (value === undefined) delete next[key];
    return next;
  };
  return (
    <fieldset className="editor-quantities">
      <legend>{t("editor.quantities")}</legend>
      {quantities.map((quantity, index) => {
        const n = index + 1;
        return (
          <div key={index} className="editor-row editor-wrap">
            <input
              aria-label={t("editor.quantity.value", { n })}
              inputMode="decimal"
              size={8}
              value={Number.isNaN(quantity.value) ? "" : String(quantity.value)}
              onChange={(event) => set(index, { ...quantity, value: numberOrNaN(event.target.value) })}
            />
            <input
              aria-label={t("editor.quantity.max", { n })}
              inputMode="decimal"
              size={6}
              placeholder={t("editor.quantity.maxPlaceholder")}
              value={quantity.max === undefined ? "" : String(quantity.max)}
              onChange={(event) =>
                set(
                  index,
                  drop(quantity, "max", event.target.value === "" ? undefined : numberOrNaN(event.target.value)),
                )
              }
            />
            <input
              aria-label={t("editor.quantity.unit", { n })}
              size={6}
              placeholder={t("editor.quantity.unitPlaceholder")}
              value={quantity.unit}
              onChange={(event) => set(index, { ...quantity, unit: event.target.value })}
            />
            <select
              aria-label={t("editor.quantity.qualifier", { n })}
              value={quantity.qualifier ?? ""}
              onChange={(event) =>
                set(index, drop(quantity, "qualifier", (event.target.value || undefined) as Quantity["qualifier"]))
              }
            >
              <option value="">{t("editor.quantity.exact")}</option>
              {qualifiers.map((qualifier) => (
                <option key={qualifier} value={qualifier}>
                  {t("editor.quantity.qualifierName", { qualifier: qualifier.replace(/ /g, "_") })}
                </option>
              ))}
            </select>
            <input
              aria-label={t("editor.quantity.perUnit", { n })}
              size={7}
              placeholder={t("editor.quantity.perPlaceholder")}
              value={quantity.per?.unit ?? ""}
              onChange={(event) => set(index, withPer(quantity, { unit: event.target.value || undefined }))}
            />
            <select
              aria-label={t("editor.quantity.perPeriod", { n })}
              value={quantity.per?.period ?? ""}
              onChange={(event) =>
                set(index, withPer(quantity, { period: (event.target.value || undefined) as Per["period"] }))
              }
            >
              <option value="">{t("editor.quantity.noPeriod")}</option>
              {periods.map((period) => (
                <option key={period} value={period}>
                  {t("editor.quantity.periodName", { period })}
                </option>
              ))}
            </select>
            <input
              aria-label={t("editor.quantity.about", { n })}
              placeholder={t("editor.quantity.aboutPlaceholder")}
              value={quantity.about ?? ""}
              onChange={(event) => set(index, drop(quantity, "about", event.target.value || undefined))}
            />
            <button
              type="button"
              aria-label={t("editor.quantity.remove", { n })}
              onClick={() => onChange(quantities.filter((_, at) => at !== index))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...quantities, { value: Number.NaN, unit: "" }])}>
        {t("editor.quantity.add")}
      </button>
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          {t("editor.quantities.problems", { problems: problems.join("; ") })}
        </p>
      )}
    </fieldset>
  );
}
