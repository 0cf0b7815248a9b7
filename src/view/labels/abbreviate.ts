// The short form of a label shown when the full one does not fit: its first words up to a length.
const MAX = 14;

/** "Hay'at Tahrir al-Sham" → "Hay'at Tahrir…"; undefined when the label is already short. */
export function abbreviate(label: string): string | undefined {
  const text = label.trim();
  if (text.length <= MAX) return undefined;
  let short = "";
  for (const word of text.split(/\s+/)) {
    const next = short === "" ? word : `${short} ${word}`;
    if (next.length > MAX) break;
    short = next;
  }
  // One long first word: cut it.
  if (short === "") short = text.slice(0, MAX - 1);
  return `${short}…`;
}
