// A developer's tool, not part of `npm run bench`: only the bench's file openings (first picture,
// longest main-thread task while importing, JS heap after load) on an already built app, so that
// two builds can be compared back to back on a busy machine.
// `npx tsx scripts/bench/importOpening.ts <outDir> [port] [sizes] [runs]` (sizes like "1000,20000,debian").
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticDataset } from "../synthetic";
import { launchBenchBrowser } from "./benchBrowser";
import { debianDependencyGraphml } from "./debianGraph";
import { heapMiB, measureFileOpen } from "./measures";

const [outDir = "dist-bench", port = "4411", sizes = "1000,5000,20000,debian", runs = "3"] = process.argv.slice(2);
const folder = mkdtempSync(join(tmpdir(), "tangle-opening-"));
const files = sizes.split(",").flatMap((size): Array<{ label: string; file: string; nodes: number }> => {
  const file = join(folder, `${size}.${size === "debian" ? "graphml" : "json"}`);
  if (size !== "debian") {
    writeFileSync(file, JSON.stringify(syntheticDataset(Number(size))));
    return [{ label: `${size} actors`, file, nodes: Number(size) }];
  }
  const debian = debianDependencyGraphml(5000);
  if (!debian) return [];
  writeFileSync(file, debian.graphml);
  return [{ label: "Debian GraphML", file, nodes: debian.nodes }];
});

const { browser, url, close } = await launchBenchBrowser(outDir, Number(port));
try {
  for (const { label, file, nodes } of files) {
    for (let run = 0; run < (nodes >= 20000 ? 1 : Number(runs)); run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(url);
      await page.waitForFunction(
        () => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount,
      );
      await page.waitForTimeout(1000);
      const opening = await measureFileOpen(page, file, nodes);
      const heap = await heapMiB(page);
      console.log(
        `${label}: first picture ${Math.round(opening.ms)} ms (${opening.drawnNodes} drawn; ${opening.phases}), longest task while importing ${Math.round(opening.longestTaskMs)} ms, heap ${heap.toFixed(0)} MiB`,
      );
      await page.close();
    }
  }
} finally {
  await close();
}
