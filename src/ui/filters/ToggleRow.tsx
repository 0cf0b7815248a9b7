import type { ReactNode } from "react";

/** A legend entry that is also a filter: a checkbox with a symbol, a label and shown/total counts. */
export function ToggleRow({ checked, onChange, symbol, label, shown, total }: { checked: boolean; onChange: () => void; symbol: ReactNode; label: string; shown: number; total: number }) {
  return (
    <li className="toggle-row">
      <label>
        <input type="checkbox" checked={checked} onChange={onChange} />
        {symbol}
        <span className="toggle-label">{label}</span>
        <span className="toggle-count" aria-label={`${shown} of ${total} shown`}>
          {shown}/{total}
        </span>
      </label>
    </li>
  );
}
