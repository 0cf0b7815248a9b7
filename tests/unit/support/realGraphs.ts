// The real graph files from other tools (../shared/real-graphs, see its SOURCES.md). They are
// never copied into the repository: TANGLE_REAL_GRAPHS names the folder, else it is looked for
// upward from the repository root (a worktree sits one level deeper than the main checkout).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function findFolder(): string | undefined {
  const fromEnv = process.env.TANGLE_REAL_GRAPHS;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  let directory = resolve(process.cwd());
  for (let up = 0; up < 4; up++) {
    for (const candidate of [
      join(directory, "..", "shared", "real-graphs"),
      join(directory, "shared", "real-graphs"),
    ]) {
      if (existsSync(join(candidate, "SOURCES.md"))) return candidate;
    }
    directory = dirname(directory);
  }
  return undefined;
}

export const REAL_GRAPHS = findFolder();
export const REAL_GRAPHS_MISSING =
  "real graph files not found: set TANGLE_REAL_GRAPHS or put them at ../shared/real-graphs";

export const realText = (path: string): string => readFileSync(join(REAL_GRAPHS ?? "", path), "utf8");
export const realBytes = (path: string): ArrayBuffer =>
  new Uint8Array(readFileSync(join(REAL_GRAPHS ?? "", path))).buffer;
