// Ego focus controls: whose neighbourhood, how deep (1–3), clear.
import { MAX_DEPTH, MIN_DEPTH, type Focus } from "../../state";
import { actorName, type DatasetLookup } from "../../model";

export function FocusBar({ focus, lookup, shown, onChange }: { focus: Focus; lookup: DatasetLookup; shown: number; onChange: (focus: Focus | undefined) => void }) {
  const setDepth = (depth: number) => onChange({ ...focus, depth: Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, depth)) });
  return (
    <div className="focus-bar" role="group" aria-label="Neighbourhood focus">
      <span>
        Neighbourhood of <strong>{actorName(lookup, focus.actor)}</strong>, depth {focus.depth} ({shown} actors)
      </span>
      <button type="button" aria-label="Less depth" disabled={focus.depth <= MIN_DEPTH} onClick={() => setDepth(focus.depth - 1)}>
        −
      </button>
      <button type="button" aria-label="More depth" disabled={focus.depth >= MAX_DEPTH} onClick={() => setDepth(focus.depth + 1)}>
        +
      </button>
      <button type="button" onClick={() => onChange(undefined)}>
        Show everything
      </button>
    </div>
  );
}
