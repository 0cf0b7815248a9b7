// Undo/redo as plain data (kept in IndexedDB across reloads): each entry holds the operation
// and its inverse, so undo and redo are both one applyOp. The stored form carries its version
// (parseHistory lifts older ones).
import type { Dataset } from "../../model";
import type { EditLabel } from "./editLabel";
import { applyOp, type EditOp } from "./operations";

/** 1: labels were English sentences; 2: labels are data (EditLabel) worded by the interface. */
export const HISTORY_VERSION = 2;

export interface HistoryEntry {
  label: EditLabel;
  op: EditOp;
  inverse: EditOp;
  at: number;
}

export interface EditHistory {
  version: typeof HISTORY_VERSION;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const EMPTY_HISTORY: EditHistory = { version: HISTORY_VERSION, past: [], future: [] };
/** Older entries are dropped past this, so a long session does not fill the store. */
export const HISTORY_LIMIT = 200;

export function record(history: EditHistory, entry: HistoryEntry): EditHistory {
  return { version: HISTORY_VERSION, past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

export interface Stepped {
  dataset: Dataset;
  history: EditHistory;
  entry: HistoryEntry;
}

export function undo(dataset: Dataset, history: EditHistory): Stepped | undefined {
  const entry = history.past.at(-1);
  if (!entry) return undefined;
  return {
    dataset: applyOp(dataset, entry.inverse),
    history: { version: HISTORY_VERSION, past: history.past.slice(0, -1), future: [entry, ...history.future] },
    entry,
  };
}

export function redo(dataset: Dataset, history: EditHistory): Stepped | undefined {
  const entry = history.future[0];
  if (!entry) return undefined;
  return {
    dataset: applyOp(dataset, entry.op),
    history: { version: HISTORY_VERSION, past: [...history.past, entry], future: history.future.slice(1) },
    entry,
  };
}
