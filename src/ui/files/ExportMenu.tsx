// Export the current (filtered, focused) view: images of the graph and the subgraph as data.
import { useState } from "react";
import { subsetDataset, type Dataset } from "../../model";
import type { GraphView } from "../../view";
import { downloadDataUrl, downloadText } from "./download";
import { useT } from "../i18n/I18nProvider";

export interface ExportMenuProps {
  dataset: Dataset;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  view: () => GraphView | null;
}

export function ExportMenu({ dataset, actors, relations, view }: ExportMenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const subset = () => subsetDataset(dataset, actors, relations);
  // The writers load on first use, not with the page.
  const io = () => import("./exporters");
  const base = dataset.id;
  const actions: Array<[string, () => void | Promise<void>]> = [
    [t("export.png"), async () => void (await downloadDataUrl(`${base}.png`, (await view()?.pngDataUrl(dataset, 2)) ?? ""))],
    [t("export.svg"), async () => downloadText(`${base}.svg`, (await view()?.svgText(dataset)) ?? "", "image/svg+xml")],
    [t("export.json"), async () => downloadText(`${base}.json`, (await io()).serializeDataset(subset()), "application/json")],
    ["GEXF (Gephi)", async () => downloadText(`${base}.gexf`, (await io()).toGexf(subset()), "application/xml")],
    ["GraphML", async () => downloadText(`${base}.graphml`, (await io()).toGraphml(subset()), "application/xml")],
    [
      t("export.csv"),
      async () => {
        const csv = (await io()).toCsv(subset());
        downloadText(`${base}-actors.csv`, csv.actorsCsv, "text/csv");
        downloadText(`${base}-relations.csv`, csv.relationsCsv, "text/csv");
      },
    ],
  ];
  return (
    <div className="menu">
      <button type="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((value) => !value)}>
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
