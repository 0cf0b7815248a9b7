import type { ColourBy, DisplayOffer, LayoutName, SizeBy } from "../../state";
import type { MessageId } from "../i18n/catalogues";
import { useT } from "../i18n/I18nProvider";

const LAYOUTS: Array<{ name: LayoutName; label: MessageId; hint: MessageId }> = [
  { name: "force", label: "layout.force", hint: "layout.forceHint" },
  { name: "concentric", label: "layout.concentric", hint: "layout.concentricHint" },
  { name: "breadthfirst", label: "layout.tree", hint: "layout.treeHint" },
  { name: "file", label: "layout.file", hint: "layout.fileHint" },
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

export function GraphToolbar({
  layout,
  sizeBy,
  colourBy,
  offer,
  onLayout,
  onAppearance,
  onFit,
  onZoom,
}: GraphToolbarProps) {
  const t = useT();
  // An option the dataset cannot fill is not offered, unless a link chose it.
  const offered = (on: boolean | undefined, chosen: boolean) => on === true || chosen;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t("layout.toolbar")}>
      <span className="toolbar-label">{t("layout.label")}</span>
      {LAYOUTS.filter((entry) => entry.name !== "file" || offered(offer?.layout, layout === "file")).map((entry) => (
        <button
          key={entry.name}
          type="button"
          aria-pressed={layout === entry.name}
          title={t("layout.hint", { hint: t(entry.hint) })}
          onClick={() => onLayout(entry.name)}
        >
          {t(entry.label)}
        </button>
      ))}
      <label className="toolbar-label">
        {t("appearance.sizeBy")}{" "}
        <select value={sizeBy} onChange={(event) => onAppearance({ sizeBy: event.target.value as SizeBy })}>
          <option value="none">{t("appearance.nothing")}</option>
          <option value="degree">{t("appearance.degree")}</option>
          {offered(offer?.weights, sizeBy === "strength") && (
            <option value="strength">{t("appearance.strength")}</option>
          )}
          <option value="betweenness">{t("appearance.betweenness")}</option>
          <option value="pagerank">{t("metrics.pagerank")}</option>
          {offered(offer?.sizes, sizeBy === "file") && <option value="file">{t("appearance.fileSizes")}</option>}
        </select>
      </label>
      <label className="toolbar-label">
        {t("appearance.colourBy")}{" "}
        <select value={colourBy} onChange={(event) => onAppearance({ colourBy: event.target.value as ColourBy })}>
          <option value="kind">{t("appearance.kind")}</option>
          <option value="community">{t("appearance.community")}</option>
          {offered(offer?.colours, colourBy === "file") && <option value="file">{t("appearance.fileColours")}</option>}
        </select>
      </label>
      <span className="toolbar-gap" />
      <button type="button" onClick={() => onZoom(1.25)} aria-label={t("zoom.in")}>
        +
      </button>
      <button type="button" onClick={() => onZoom(0.8)} aria-label={t("zoom.out")}>
        −
      </button>
      <button type="button" onClick={onFit}>
        {t("zoom.fit")}
      </button>
    </div>
  );
}
