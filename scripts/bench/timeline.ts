// The timeline at scale (issue 16): opening it on a page already showing a large dataset, then
// brushing a period and scrolling; reports the time to the first rows and the longest main-thread
// task meanwhile (budget: none over 200 ms).
import type { Page } from "playwright-core";

export interface TimelineMeasure {
  openMs: number;
  longestTaskMs: number;
  claims: number;
}

export async function measureTimeline(page: Page): Promise<TimelineMeasure> {
  await page.evaluate(`(() => {
    window.__timelineTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__timelineTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
    window.__timelineOpen = new Promise((resolve) => {
      document.addEventListener("click", (event) => {
        const clickedAt = event.timeStamp;
        const check = () => {
          if (document.querySelector(".tl-bar")) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, { capture: true, once: true });
    });
  })()`);
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Timeline" }).click();
  const openMs = await page.evaluate<number>("window.__timelineOpen");
  // The count is written with the language's digit grouping ("62,937"): digits only.
  const claims = await page.evaluate<number>(
    `Number((/([\\d.,\\s\\u00a0\\u202f]+) dated claims/.exec(document.querySelector(".tl-text summary")?.textContent ?? "")?.[1] ?? "0").replace(/\\D/g, ""))`,
  );
  // Brush a period by dragging over the rows, as a person does, then scroll through the rows.
  const axis = (await page.getByTestId("timeline-axis").boundingBox())!;
  const y = axis.y + axis.height + 60;
  await page.mouse.move(axis.x + axis.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * 0.45, y, { steps: 5 });
  await page.mouse.move(axis.x + axis.width * 0.6, y, { steps: 5 });
  await page.mouse.up();
  await page.getByTestId("timeline-window").waitFor();
  await page.waitForTimeout(500);
  for (let step = 0; step < 10; step++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(60);
  }
  await page.getByRole("toolbar", { name: "Timeline" }).getByRole("button", { name: "All time" }).click();
  await page.waitForTimeout(800);
  const longestTaskMs = await page.evaluate<number>("Math.max(0, ...window.__timelineTasks)");
  return { openMs, longestTaskMs, claims };
}
