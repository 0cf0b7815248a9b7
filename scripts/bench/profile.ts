// A developer's tool, not part of `npm run bench`: CPU profiles of the 20k opening and of the
// explorations the bench times, taken through the DevTools protocol on an unminified build, and
// summarised as the main thread's long stretches of work with the functions they spent it in.
// `npx tsx scripts/bench/profile.ts [size | debian]` (PROFILE_PORT, PROFILE_OUT_DIR; needs no other server);
// the profiles are written to the temp folder (tangle-<step>.cpuprofile).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { debianDependencyGraphml } from "./debianGraph";
import { importFile, openSyntheticSession } from "./syntheticSession";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "debian": the bench's real GraphML (5000 Debian packages) instead of a synthetic dataset. */
const debian = process.argv[2] === "debian" ? debianDependencyGraphml(5000) : undefined;
const size = debian ? debian.nodes : Number(process.argv[2] ?? 20000);
const port = Number(process.env.PROFILE_PORT ?? 4411);
const outDir = process.env.PROFILE_OUT_DIR ?? "dist-prof-perf";
const IDLE = new Set(["(idle)", "(program)"]);

const frameName = (node: ProfileNode) =>
  `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.split("/").at(-1) ?? ""}:${node.callFrame.lineNumber + 1}`;

/** Stretches of work longer than `minMs` (samples not idle), each with its top functions by inclusive time. */
export function summarise(profile: Profile, minMs = 50, top = 14): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stacks = (id: number) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) names.add(frameName(node));
    }
    return names;
  };
  const lines: string[] = [];
  let start = -1;
  let time = 0;
  const times = profile.timeDeltas.map((delta) => (time += delta / 1000));
  const flush = (from: number, to: number) => {
    const ms = (times[to] ?? 0) - (times[from] ?? 0);
    if (ms < minMs) return;
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    for (let index = from; index < to; index++) {
      const sample = profile.samples[index] ?? 0;
      const delta = (times[index + 1] ?? 0) - (times[index] ?? 0);
      for (const name of stacks(sample)) inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
      const own = byId.get(sample);
      if (own) self.set(frameName(own), (self.get(frameName(own)) ?? 0) + delta);
    }
    lines.push(`\n== work from ${(times[from] ?? 0).toFixed(0)} ms, ${ms.toFixed(0)} ms long`);
    const list = (map: Map<string, number>, label: string) =>
      lines.push(
        `  ${label}: ` +
          [...map]
            .sort((a, b) => b[1] - a[1])
            .slice(0, top)
            .map(([name, value]) => `\n    ${value.toFixed(0).padStart(6)} ${name}`)
            .join(""),
      );
    list(inclusive, "inclusive");
    list(self, "self");
  };
  for (let index = 0; index < profile.samples.length; index++) {
    const node = byId.get(profile.samples[index] ?? 0);
    const idle = !node || IDLE.has(node.callFrame.functionName);
    if (!idle && start < 0) start = index;
    // A gap of idle samples longer than 4 ms ends a stretch.
    if (idle && start >= 0) {
      let end = index;
      while (end < profile.samples.length && (times[end] ?? 0) - (times[index] ?? 0) < 4) {
        const next = byId.get(profile.samples[end] ?? 0);
        if (next && !IDLE.has(next.callFrame.functionName)) break;
        end++;
      }
      const gapEnded = end >= profile.samples.length || (times[end] ?? 0) - (times[index] ?? 0) >= 4;
      if (gapEnded) {
        flush(start, index);
        start = -1;
      }
    }
  }
  if (start >= 0) flush(start, profile.samples.length - 1);
  return lines.join("\n");
}

async function profiled(session: CDPSession, page: Page, label: string, action: () => Promise<void>) {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    window.__longObserver?.disconnect();
    window.__longObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    });
    window.__longObserver.observe({ type: "longtask" });
  })()`);
  await session.send("Profiler.start");
  await action();
  console.log(`\n######## ${label}: tasks over 50 ms`, await page.evaluate("JSON.stringify(window.__longTasks)"));
  const { profile } = (await session.send("Profiler.stop")) as unknown as { profile: Profile };
  writeFileSync(join(tmpdir(), `tangle-${label}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n######## ${label}`, summarise(profile));
}

const heap = (page: Page) =>
  page.evaluate(() => {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return ((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1048576).toFixed(
      0,
    );
  });

if (process.argv[2] === "--summarise") {
  // `profile.ts --summarise file.cpuprofile [minMs] [top]`: a saved profile again, in more detail.
  const [, , , path = "", minMs = "50", top = "45"] = process.argv;
  console.log(summarise(JSON.parse(readFileSync(path, "utf8")) as Profile, Number(minMs), Number(top)));
} else {
  if (
    spawnSync(
      "npx",
      ["vite", "build", "--logLevel", "error", "--mode", "e2e", "--minify", "false", "--outDir", outDir],
      { stdio: "inherit" },
    ).status !== 0
  )
    process.exit(1);
  const opened = await openSyntheticSession(debian ? 1000 : size, outDir, port);
  const { page, close } = opened;
  let file = opened.file;
  if (debian) {
    file = join(tmpdir(), "tangle-prof-debian.graphml");
    writeFileSync(file, debian.graphml);
  }
  try {
    await page.waitForTimeout(1000);
    const session = await page.context().newCDPSession(page);
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 250 });
    console.log(`heap before import ${await heap(page)} MiB`);
    await profiled(session, page, "open", async () => {
      await importFile(page, file, size);
      await page.waitForTimeout(7000);
    });
    console.log(`heap after import ${await heap(page)} MiB`);
    // The first selection (it also asks for metrics), then a hub's: from the Enter that picks it.
    for (const [label, query] of [
      ["details", "Synthetic actor 12345"],
      ["details-hub", "Synthetic actor 3,"],
    ] as const) {
      const search = page.getByRole("combobox", { name: "Search actors" });
      await search.fill(query);
      await page.getByRole("option").first().waitFor();
      await profiled(session, page, label, async () => {
        await search.press("Enter");
        await page.waitForTimeout(2500);
      });
    }
    // Twice each: the first switch also loads the table's code and ranks the names.
    for (const round of ["", "-again"]) {
      await profiled(session, page, `table${round}`, async () => {
        await page.getByRole("button", { name: "Table", exact: true }).click();
        await page.locator(".data-table tbody tr").first().waitFor();
        await page.waitForTimeout(1500);
      });
      if (!round)
        await profiled(session, page, "sort", async () => {
          await page
            .getByRole("region", { name: "Relations and their claims", exact: true })
            .getByRole("button", { name: "To", exact: true })
            .click();
          await page.waitForTimeout(1500);
        });
      await profiled(session, page, `graph${round}`, async () => {
        await page.getByRole("button", { name: "Graph", exact: true }).click();
        await page.waitForTimeout(1500);
      });
    }
    await profiled(session, page, "timeline", async () => {
      await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Timeline" }).click();
      await page.locator(".tl-bar").first().waitFor();
      await page.waitForTimeout(1500);
      const axis = (await page.getByTestId("timeline-axis").boundingBox())!;
      const y = axis.y + axis.height + 60;
      await page.mouse.move(axis.x + axis.width * 0.3, y);
      await page.mouse.down();
      await page.mouse.move(axis.x + axis.width * 0.6, y, { steps: 10 });
      await page.mouse.up();
      await page.waitForTimeout(1500);
    });
    console.log(`heap at the end ${await heap(page)} MiB`);
  } finally {
    await close();
  }
}
