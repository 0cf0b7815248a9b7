// Public surface of the io layer: text in, data or Issue[] out.
export { parseJson, lineColumnAt, type JsonResult } from "./parseJson";
export { readDataset, type ReadResult } from "./readDataset";
export { parseCatalog, CatalogSchema, type Catalog, type CatalogEntry } from "./catalog";
export { serializeDataset } from "./datasetJson";
export { importFile } from "./importFile";
export { toGexf } from "./gexf/toGexf";
export { fromGexf } from "./gexf/fromGexf";
export { toGraphml } from "./graphml/toGraphml";
export { fromGraphml } from "./graphml/fromGraphml";
export { toCsv, type CsvExport } from "./csv/toCsv";
export { fromCsv, type CsvBase } from "./csv/fromCsv";
export { importFiles, type PickedFile } from "./importFiles";
