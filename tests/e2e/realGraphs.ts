// The real graph files from other tools (../shared/real-graphs, see its SOURCES.md), never copied
// into the repository: TANGLE_REAL_GRAPHS names the folder, else it is looked for upward.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function findFolder(): string | undefined {
  if (process.env.TANGLE_REAL_GRAPHS)
    return existsSync(process.env.TANGLE_REAL_GRAPHS) ? process.env.TANGLE_REAL_GRAPHS : undefined;
  let directory = resolve(process.cwd());
  for (let up = 0; up < 4; up++, directory = dirname(directory)) {
    for (const candidate of [
      join(directory, "..", "shared", "real-graphs"),
      join(directory, "shared", "real-graphs"),
    ]) {
      if (existsSync(join(candidate, "SOURCES.md"))) return candidate;
    }
  }
  return undefined;
}

export const REAL_GRAPHS = findFolder();
export const REAL_GRAPHS_MISSING =
  "real graph files not found: set TANGLE_REAL_GRAPHS or put them at ../shared/real-graphs (see tests/unit/support/realGraphs.ts)";
export const realPath = (path: string): string => join(REAL_GRAPHS ?? "", path);
