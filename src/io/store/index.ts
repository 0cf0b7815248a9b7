// Saved work of the editor: networks, their versions and undo history, in IndexedDB.
export { openEditorStore, DATABASE_NAME, type EditorStore, type StoreProblem } from "./editorStore";
export {
  DATABASE_VERSION,
  RECORD_VERSION,
  readNetworkRecord,
  type NetworkRecord,
  type VersionRecord,
  type NetworkKind,
} from "./records";
export { newNetwork, copyOf, importedNetwork, type NewNetworkLabels } from "./networkRecords";
export { keepImported, type KeepResult } from "./keepImported";
