// The in-browser measurements of the bench, each on a page already showing a dataset.
import type { Page } from "playwright-core";

export interface Row {
  measure: string;
  budget: string;
  value: string;
  pass: boolean;
}

/** Time from choosing the file to the graph drawn; then when the main thread settled. */
export async function measureFileOpen(page: Page, file: string, size: number): Promise<{ ms: number; settledMs: number }> {
  await page.evaluate(() => {
    const state = window as unknown as { __tasks: Array<{ start: number; end: number }>; __longest: number };
    state.__tasks = [];
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: "longtask", buffered: false });
  });
  const started = await page.evaluate(() => performance.now());
  await page.getByTestId("import-input").setInputFiles(file);
  await page.waitForFunction((expected) => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === expected, size, { timeout: 120_000, polling: 50 });
  const rendered = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  // Long enough for the layout worker to send its positions back.
  await page.waitForTimeout(6000);
  const settledAt = await page.evaluate((after) => {
    const state = window as unknown as { __tasks: Array<{ start: number; end: number }>; __longest: number };
    const later = state.__tasks.filter((task) => task.start >= after);
    state.__longest = Math.max(0, ...later.map((task) => task.end - task.start));
    return Math.max(after, ...later.map((task) => task.end));
  }, rendered);
  return { ms: rendered - started, settledMs: settledAt - rendered };
}

export async function measureFilterChange(page: Page): Promise<number> {
  const counts = page.getByTestId("counts");
  const before = await counts.textContent();
  const started = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  await page.waitForFunction((text) => document.querySelector("[data-testid=counts]")?.textContent !== text, before, { polling: "raf" });
  const done = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  return done - started;
}

/** Frames painted per second while the wheel zooms in and out for two seconds. */
export async function measurePanZoom(page: Page): Promise<number> {
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) return 0;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  let direction = 1;
  while (Date.now() - started < 2000) {
    await page.mouse.wheel(0, 120 * direction);
    direction = -direction;
  }
  const frames = await page.evaluate(() => {
    const state = window as unknown as { __frames: number; __counting: boolean };
    state.__counting = false;
    return state.__frames;
  });
  return frames / ((Date.now() - started) / 1000);
}

/**
 * Worst time of the search itself for each prefix of `query` (as typed, one letter at a time), on
 * the app's live index. Painting the list is not included: on a page drawing 20k nodes, the next
 * frame is the graph's, not the search's.
 */
export async function measureSearch(page: Page, query: string): Promise<number> {
  await page.waitForFunction(() => !Number.isNaN(window.__tangle?.searchMs?.("a") ?? Number.NaN), undefined, { timeout: 60_000 });
  return page.evaluate((text) => {
    let worst = 0;
    for (let length = 1; length <= text.length; length++) worst = Math.max(worst, window.__tangle?.searchMs?.(text.slice(0, length)) ?? Number.NaN);
    return worst;
  }, query);
}
