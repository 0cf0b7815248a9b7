import type { LayoutName } from "../../state";

const LAYOUTS: Array<{ name: LayoutName; label: string; hint: string }> = [
  { name: "force", label: "Force", hint: "Force-directed layout (seeded, same every time)" },
  { name: "concentric", label: "Concentric", hint: "Rings by number of connections" },
  { name: "breadthfirst", label: "Tree", hint: "Breadth-first from the selected actor" },
];

export interface GraphToolbarProps {
  layout: LayoutName;
  onLayout: (name: LayoutName) => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
}

export function GraphToolbar({ layout, onLayout, onFit, onZoom }: GraphToolbarProps) {
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph layout and camera">
      <span className="toolbar-label">Layout:</span>
      {LAYOUTS.map((entry) => (
        <button key={entry.name} type="button" aria-pressed={layout === entry.name} title={entry.hint} onClick={() => onLayout(entry.name)}>
          {entry.label}
        </button>
      ))}
      <span className="toolbar-gap" />
      <button type="button" onClick={() => onZoom(1.25)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => onZoom(0.8)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={onFit}>
        Fit
      </button>
    </div>
  );
}
