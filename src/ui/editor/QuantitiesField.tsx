// A claim's quantities: value (and max for a range), unit, qualifier, rate (per unit / period), and what is counted.
import { periods, qualifiers, type Quantity } from "../../model";

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

export function QuantitiesField({ quantities, onChange, problems }: { quantities: Quantity[]; onChange: (next: Quantity[]) => void; problems: string[] }) {
  const set = (index: number, next: Quantity) => onChange(quantities.map((quantity, at) => (at === index ? next : quantity)));
  const drop = <K extends keyof Quantity>(quantity: Quantity, key: K, value: Quantity[K] | undefined): Quantity => {
    const next = { ...quantity, [key]: value };
    if (value === undefined) delete next[key];
    return next;
  };
  return (
    <fieldset className="editor-quantities">
      <legend>Quantities</legend>
      {quantities.map((quantity, index) => {
        const n = index + 1;
        return (
          <div key={index} className="editor-row editor-wrap">
            <input aria-label={`Quantity ${n}: value`} inputMode="decimal" size={8} value={Number.isNaN(quantity.value) ? "" : String(quantity.value)} onChange={(event) => set(index, { ...quantity, value: numberOrNaN(event.target.value) })} />
            <input aria-label={`Quantity ${n}: up to (range)`} inputMode="decimal" size={6} placeholder="max" value={quantity.max === undefined ? "" : String(quantity.max)} onChange={(event) => set(index, drop(quantity, "max", event.target.value === "" ? undefined : numberOrNaN(event.target.value)))} />
            <input aria-label={`Quantity ${n}: unit`} size={6} placeholder="unit" value={quantity.unit} onChange={(event) => set(index, { ...quantity, unit: event.target.value })} />
            <select aria-label={`Quantity ${n}: qualifier`} value={quantity.qualifier ?? ""} onChange={(event) => set(index, drop(quantity, "qualifier", (event.target.value || undefined) as Quantity["qualifier"]))}>
              <option value="">(exact as given)</option>
              {qualifiers.map((qualifier) => (
                <option key={qualifier}>{qualifier}</option>
              ))}
            </select>
            <input aria-label={`Quantity ${n}: per (unit)`} size={7} placeholder="per …" value={quantity.per?.unit ?? ""} onChange={(event) => set(index, withPer(quantity, { unit: event.target.value || undefined }))} />
            <select aria-label={`Quantity ${n}: per (period)`} value={quantity.per?.period ?? ""} onChange={(event) => set(index, withPer(quantity, { period: (event.target.value || undefined) as Per["period"] }))}>
              <option value="">(no period)</option>
              {periods.map((period) => (
                <option key={period}>{period}</option>
              ))}
            </select>
            <input aria-label={`Quantity ${n}: counts what`} placeholder="about (what is counted)" value={quantity.about ?? ""} onChange={(event) => set(index, drop(quantity, "about", event.target.value || undefined))} />
            <button type="button" aria-label={`Remove quantity ${n}`} onClick={() => onChange(quantities.filter((_, at) => at !== index))}>
              ×
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...quantities, { value: Number.NaN, unit: "" }])}>
        Add a quantity
      </button>
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          Quantities: {problems.join("; ")}
        </p>
      )}
    </fieldset>
  );
}
