// Export the current (filtered, focused) view: images of the graph and the subgraph as data.
import { useRef, useState } from "react";
import { useReturnFocus } from "../app/useReturnFocus";
import { subsetDataset, type Dataset } from "../../model";
import type { GraphView } from "../../view";
import { downloadBlob, downloadDataUrl, downloadText } from "./download";
import { useT } from "../i18n/I18nProvider";
import { exportWords } from "./exportWords";

export interface ExportMenuProps {
  dataset: Dataset;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  view: () => GraphView | null;
}

export function ExportMenu({ dataset, actors, relations, view }: ExportMenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // After an export is chosen the menu closes under the focus; it goes back to "Export".
  useReturnFocus(open, () => button.current);
  const subset = () => subsetDataset(dataset, actors, relations);
  // The writers load on first use, not with the page.
  const io = () => import("./exporters");
  const base = dataset.id;
  const actions: Array<[string, () => void | Promise<void>]> = [
    [
      t("export.png"),
      async () =>
        void (await downloadDataUrl(`${base}.png`, (await view()?.pngDataUrl(dataset, 2, exportWords(t))) ?? "")),
    ],
    [
      t("export.svg"),
      async () => downloadText(`${base}.svg`, (await view()?.svgText(dataset, exportWords(t))) ?? "", "image/svg+xml"),
    ],
    [
      t("export.json"),
      async () => downloadText(`${base}.json`, (await io()).serializeDataset(subset()), "application/json"),
    ],
    ["GEXF (Gephi)", async () => downloadText(`${base}.gexf`, (await io()).toGexf(subset()), "application/xml")],
    ["GraphML", async () => downloadText(`${base}.graphml`, (await io()).toGraphml(subset()), "application/xml")],
    // networkx refuses graphs that mix directed and undirected edges: mutual relations become two directed edges.
    [
      t("export.gexfNetworkx"),
      async () =>
        downloadText(`${base}.nx.gexf`, (await io()).toGexf(subset(), { mutualAsTwoEdges: true }), "application/xml"),
    ],
    [
      t("export.graphmlNetworkx"),
      async () =>
        downloadText(
          `${base}.nx.graphml`,
          (await io()).toGraphml(subset(), { mutualAsTwoEdges: true }),
          "application/xml",
        ),
    ],
    [
      "FollowTheMoney (.ftm)",
      async () => downloadText(`${base}.ftm`, (await io()).toFtm(subset()), "application/x-ndjson"),
    ],
    // Every table in one download, read back by Import as the same dataset.
    [
      t("export.csvTables"),
      async () =>
        downloadBlob(
          `${base}-tables.zip`,
          new Blob([(await io()).toCsvZip(subset()).slice()], { type: "application/zip" }),
        ),
    ],
  ];
  return (
    <div
      className="menu"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((value) => !value)}
      >
        {t("export.button")}
      </button>
      {open && (
        <ul className="menu-list" aria-label={t("export.label")}>
          <li className="hint">{t("export.shown", { actors: actors.size, relations: relations.size })}</li>
          {actions.map(([label, run]) => (
            <li key={label}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  void run();
                }}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
