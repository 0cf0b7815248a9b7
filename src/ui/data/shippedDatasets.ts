// The datasets built into the app: data/index.json lists them; each file is a lazy chunk loaded
// as raw text so that it goes through the same validation as a user's import.
import catalogJson from "../../../data/index.json";
// Deep imports, not the io barrel: the barrel also holds the readers, a chunk of their own.
import { parseCatalog, type CatalogEntry } from "../../io/catalog";
import { readDataset, type ReadResult } from "../../io/readDataset";
import { error } from "../../model";

const rawFiles: Record<string, () => Promise<string>> = {
  ...import.meta.glob<string>("/data/*.json", { query: "?raw", import: "default" }),
  // data/index.json also lists the test fixture, for development and the browser tests; a
  // production build leaves it out (the branch is removed, and its chunk with it).
  ...(import.meta.env.MODE === "production"
    ? {}
    : import.meta.glob<string>("/tests/fixtures/placeholder.json", { query: "?raw", import: "default" })),
};

const catalog = parseCatalog(catalogJson);

/** The catalog's datasets that this build carries. */
export function shippedDatasets(): CatalogEntry[] {
  return catalog.ok ? catalog.catalog.datasets.filter((entry) => rawFiles[`/${entry.file}`] !== undefined) : [];
}

export async function loadShippedDataset(entry: CatalogEntry): Promise<ReadResult> {
  const load = rawFiles[`/${entry.file}`];
  if (!load)
    return {
      ok: false,
      issues: [error(entry.file, "is listed in data/index.json but not shipped", "app.notShipped")],
    };
  try {
    return readDataset(await load());
  } catch {
    return {
      ok: false,
      issues: [error(entry.file, "could not be loaded (offline and not cached?)", "app.notLoaded")],
    };
  }
}
