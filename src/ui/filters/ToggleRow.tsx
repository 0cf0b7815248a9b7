import type { ReactNode } from "react";
import { useT } from "../i18n/I18nProvider";

/** A legend entry that is also a filter: a checkbox with a symbol, a label and shown/total counts. */
export function ToggleRow({
  checked,
  onChange,
  symbol,
  label,
  lang,
  shown,
  total,
}: {
  checked: boolean;
  onChange: () => void;
  symbol: ReactNode;
  label: string;
  lang?: string;
  shown: number;
  total: number;
}) {
  const t = useT();
  return (
    <li className="toggle-row">
      <label>
        <input type="checkbox" checked={checked} onChange={onChange} />
        {symbol}
        <span className="toggle-label" lang={lang} dir="auto">
          {label}
        </span>
        <span className="toggle-count" aria-label={t("filters.countLabel", { shown, total })}>
          {shown}/{total}
        </span>
      </label>
    </li>
  );
}
