import type { ColourBy, DisplayOffer, LayoutName, SizeBy } from "../../state";

const LAYOUTS: Array<{ name: LayoutName; label: string; hint: string }> = [
  { name: "force", label: "Force", hint: "Force-directed layout (seeded, same every time)" },
  { name: "concentric", label: "Concentric", hint: "Rings by number of connections" },
  { name: "breadthfirst", label: "Tree", hint: "Breadth-first from the selected actor" },
  { name: "file", label: "File's layout", hint: "Where the imported file placed each actor" },
];

export interface GraphToolbarProps {
  layout: LayoutName;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** What the dataset brings to offer: the file's layout, colours and sizes, relation weights. */
  offer?: DisplayOffer & { weights: boolean };
  onLayout: (name: LayoutName) => void;
  onAppearance: (patch: { sizeBy?: SizeBy; colourBy?: ColourBy }) => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
}

export function GraphToolbar({ layout, sizeBy, colourBy, offer, onLayout, onAppearance, onFit, onZoom }: GraphToolbarProps) {
  // An option the dataset cannot fill is not offered, unless a link chose it.
  const offered = (on: boolean | undefined, chosen: boolean) => on === true || chosen;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph layout and appearance">
      <span className="toolbar-label">Layout:</span>
      {LAYOUTS.filter((entry) => entry.name !== "file" || offered(offer?.layout, layout === "file")).map((entry) => (
        <button key={entry.name} type="button" aria-pressed={layout === entry.name} title={`${entry.hint}. Click again to re-run.`} onClick={() => onLayout(entry.name)}>
          {entry.label}
        </button>
      ))}
      <label className="toolbar-label">
        Size by{" "}
        <select value={sizeBy} onChange={(event) => onAppearance({ sizeBy: event.target.value as SizeBy })}>
          <option value="none">nothing</option>
          <option value="degree">degree</option>
          {offered(offer?.weights, sizeBy === "strength") && <option value="strength">weighted degree</option>}
          <option value="betweenness">betweenness</option>
          <option value="pagerank">PageRank</option>
          {offered(offer?.sizes, sizeBy === "file") && <option value="file">the file's sizes</option>}
        </select>
      </label>
      <label className="toolbar-label">
        Colour by{" "}
        <select value={colourBy} onChange={(event) => onAppearance({ colourBy: event.target.value as ColourBy })}>
          <option value="kind">actor kind</option>
          <option value="community">community</option>
          {offered(offer?.colours, colourBy === "file") && <option value="file">the file's colours</option>}
        </select>
      </label>
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
