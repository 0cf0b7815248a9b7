// Ego focus controls: whose neighbourhood, how deep (1–3), clear.
import { MAX_DEPTH, MIN_DEPTH, type Focus } from "../../state";
import { actorName, type DatasetLookup } from "../../model";
import { useT } from "../i18n/I18nProvider";

export function FocusBar({
  focus,
  lookup,
  shown,
  onChange,
}: {
  focus: Focus;
  lookup: DatasetLookup;
  shown: number;
  onChange: (focus: Focus | undefined) => void;
}) {
  const t = useT();
  const setDepth = (depth: number) => onChange({ ...focus, depth: Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, depth)) });
  return (
    <div className="focus-bar" role="group" aria-label={t("focus.label")}>
      <span>
        {t("focus.of")}{" "}
        <strong lang={lookup.dataset.language} dir="auto">
          {actorName(lookup, focus.actor)}
        </strong>
        {t("focus.depth", { depth: focus.depth, count: shown })}
      </span>
      <button
        type="button"
        aria-label={t("focus.less")}
        disabled={focus.depth <= MIN_DEPTH}
        onClick={() => setDepth(focus.depth - 1)}
      >
        −
      </button>
      <button
        type="button"
        aria-label={t("focus.more")}
        disabled={focus.depth >= MAX_DEPTH}
        onClick={() => setDepth(focus.depth + 1)}
      >
        +
      </button>
      <button type="button" onClick={() => onChange(undefined)}>
        {t("actor.showEverything")}
      </button>
    </div>
  );
}
