// Structural equality of JSON-like values, blind to key order (two saves of the same data may
// list fields differently). `undefined` fields count as absent.
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => deepEqual(value, b[index]));
  const left = definedEntries(a as Record<string, unknown>);
  const right = definedEntries(b as Record<string, unknown>);
  if (left.size !== right.size) return false;
  for (const [key, value] of left) if (!right.has(key) || !deepEqual(value, right.get(key))) return false;
  return true;
}

function definedEntries(record: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(record).filter(([, value]) => value !== undefined));
}
