// The writers behind the Export menu, in one chunk that loads on first export.
export { serializeDataset } from "../../io/datasetJson";
export { toGexf } from "../../io/gexf/toGexf";
export { toGraphml } from "../../io/graphml/toGraphml";
export { toCsvZip } from "../../io/tables/toCsvTables";
export { toFtm } from "../../io/ftm/toFtm";
