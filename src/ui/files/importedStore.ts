// Keeps the last imported dataset in localStorage so a reload (or a shared hash on this machine)
// does not lose the user's work. Storage can be full or disabled: failures are reported, not thrown.
const KEY = "tangle.imported.v1";

export function saveImported(id: string, text: string): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify({ id, text }));
    return true;
  } catch {
    return false;
  }
}

export function loadImported(id: string): string | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { id?: unknown; text?: unknown };
    return saved.id === id && typeof saved.text === "string" ? saved.text : undefined;
  } catch {
    return undefined;
  }
}
