// A .zip of Tangle's CSV tables → its tables as text files named "book.zip › actors.csv", so that
// they are read (and kept for the next visit) like loose files. Never throws.
import { strFromU8, unzipSync } from "fflate";
import { error, type Issue } from "../../model";
import { tableNameOf, type TableFile } from "./fromCsvTables";

/** Far more than any real table set; a zip bomb stops here instead of filling the memory. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

export function unzipCsvTables(
  name: string,
  bytes: Uint8Array,
): { ok: true; files: TableFile[] } | { ok: false; issues: Issue[] } {
  try {
    let total = 0;
    const entries = unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return tableNameOf(entry.name) !== undefined && total <= MAX_UNZIPPED_BYTES;
      },
    });
    if (total > MAX_UNZIPPED_BYTES)
      return {
        ok: false,
        issues: [error(name, "unzips to more than 200 MB; the limit is 200 MB", "zip.tooBig", { megabytes: 200 })],
      };
    const files = Object.entries(entries).map(([entry, data]) => ({
      name: `${name} › ${entry}`,
      text: strFromU8(data),
    }));
    if (files.length === 0)
      return {
        ok: false,
        issues: [
          error(name, "holds none of Tangle's tables (dataset.csv, actors.csv, relations.csv…)", "zip.noTables"),
        ],
      };
    return { ok: true, files };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, issues: [error(name, `not a readable .zip file (${reason})`, "zip.unreadable", { reason })] };
  }
}
