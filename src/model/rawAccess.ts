// Tolerant readers over unvalidated JSON, so that reference checks can run even when the
// structural parse has failed elsewhere: the user gets every problem in one pass.

export type RawRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The items of `parent[key]` that are objects, with their index in the original array. */
export function records(parent: unknown, key: string): Array<[RawRecord, number]> {
  if (!isRecord(parent)) return [];
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const out: Array<[RawRecord, number]> = [];
  list.forEach((item: unknown, index) => {
    if (isRecord(item)) out.push([item, index]);
  });
  return out;
}

/** The string items of `parent[key]`, with their index. */
export function strings(parent: unknown, key: string): Array<[string, number]> {
  if (!isRecord(parent)) return [];
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const out: Array<[string, number]> = [];
  list.forEach((item: unknown, index) => {
    if (typeof item === "string") out.push([item, index]);
  });
  return out;
}

export function stringField(record: unknown, key: string): string | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return typeof value === "string" ? value : undefined;
}
