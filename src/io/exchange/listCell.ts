// Lists in one text cell or attribute ("a | b"), readable in spreadsheets and Gephi, and exact:
// a `|` or `\` inside an item is escaped with `\`, so splitting gives back the same items.

export const LIST_SEPARATOR = " | ";

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).join(LIST_SEPARATOR);
}

/** Inverse of `joinList`; also reads plain "a|b" or "a | b" written by hand. Empty items are dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i];
    if (char === "\\" && i + 1 < cell.length) {
      current += cell[i + 1];
      i++;
    } else if (char === "|") {
      items.push(current);
      current = "";
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}
