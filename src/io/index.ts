// Public surface of the io layer: text in, data or Issue[] out.
export { parseJson, lineColumnAt, type JsonResult } from "./parseJson";
export { readDataset, type ReadResult } from "./readDataset";
export { parseCatalog, CatalogSchema, type Catalog, type CatalogEntry } from "./catalog";
