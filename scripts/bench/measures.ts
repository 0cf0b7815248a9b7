// The in-browser measurements of the bench, each on a page already showing a dataset.
import type { Page } from "playwright-core";

export interface Row {
  measure: string;
  budget: string;
  value: string;
  pass: boolean;
}

/** The page's JS heap (MiB) after a full garbage collection (Chromium runs with `gc` exposed). */
export const heapMiB = (page: Page): Promise<number> =>
  page.evaluate(() => {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1048576;
  });

/** Time from choosing the file to the graph drawn; then when the main thread settled. */
export interface FileOpening {
  ms: number;
  settledMs: number;
  /** Where the time went: the app's performance marks, in ms after the file was chosen. */
  phases: string;
  /** Actors in that first picture, across all layers (the app's `tangle:view-drawn` mark). */
  drawnNodes: number;
  /** The longest main-thread task from choosing the file to the first picture (issue 12: ≤ 200 ms). */
  longestTaskMs: number;
}

const PHASES = ["file-read", "graph-built", "view-loaded", "view-drawn"];

export async function measureFileOpen(page: Page, file: string, size: number): Promise<FileOpening> {
  await page.evaluate(() => {
    const state = window as unknown as { __tasks: Array<{ start: number; end: number }> };
    state.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.__tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: "longtask", buffered: false });
  });
  // Timed in the page. The file counts as chosen when the input fires "change" (Playwright takes
  // a while before that to send the file's bytes in); the graph counts as drawn at the end of
  // the first frame in which cytoscape holds elements of the new dataset (a Playwright round
  // trip to check would wait behind whatever task runs next).
  await page.evaluate(`(() => {
    window.__opened = new Promise((resolve) => {
      document.addEventListener("change", (event) => {
        const chosenAt = event.timeStamp;
        const check = () => {
          const shown = window.__tangle?.snapshot?.();
          if (shown && shown.nodeCount === ${size} && shown.drawnNodes > 0)
            requestAnimationFrame(() => setTimeout(() => resolve([chosenAt, performance.now()]), 0));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, { capture: true, once: true });
    });
  })()`);
  // As a person does: the Import button, then the file in the dialog.
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import…" }).click();
  await (await chooser).setFiles(file);
  const [started, rendered] = await page.evaluate<[number, number]>("window.__opened");
  // A string: tsx would wrap an inner function in a helper the page lacks.
  const marks = await page.evaluate<number[]>(
    `["file-chosen", ...${JSON.stringify(PHASES)}].map((name) => performance.getEntriesByName("tangle:" + name).at(-1)?.startTime ?? NaN)`,
  );
  const [chosen = Number.NaN, ...times] = marks;
  // The end of cytoscape's first drawing of the new graph (its "render" event), when the app
  // recorded it; else the end of the frame the page saw the graph in.
  const drawn = times[PHASES.indexOf("view-drawn")];
  const drewNodes = await page.evaluate<number>(
    `performance.getEntriesByName("tangle:view-drawn").at(-1)?.detail?.drawnNodes ?? 0`,
  );
  const firstDrawn = drawn !== undefined && drawn > started && drewNodes > 0 ? drawn : rendered;
  const phases = PHASES.map((name, index) => `${name} ${Math.round((times[index] ?? Number.NaN) - chosen)}`).join(", ");
  // Long enough for the layout worker to send its positions back.
  await page.waitForTimeout(6000);
  const [settledAt, longestTaskMs] = await page.evaluate(
    ({ from, after }) => {
      const state = window as unknown as { __tasks: Array<{ start: number; end: number }>; __renderedAt: number };
      state.__renderedAt = after;
      const later = state.__tasks.filter((task) => task.start >= after);
      // Tasks that began while the file was being opened (the long-task API reports those over 50 ms).
      const opening = state.__tasks.filter((task) => task.end > from && task.start < after);
      return [
        Math.max(after, ...later.map((task) => task.end)),
        Math.max(0, ...opening.map((task) => task.end - task.start)),
      ];
    },
    { from: started, after: firstDrawn },
  );
  return { ms: firstDrawn - started, settledMs: settledAt - firstDrawn, phases, drawnNodes: drewNodes, longestTaskMs };
}

/**
 * From the click on "Confirmed and reported only" (the event's own time stamp) to the end of the
 * frame that shows the new counts and graph. Timed in the page: Playwright's locating of the
 * button alone takes ~90 ms on this machine and is not the app's time.
 */
export async function measureFilterChange(page: Page): Promise<number> {
  const button = page.getByRole("button", { name: "Confirmed and reported only" });
  await button.hover();
  await page.evaluate(`(() => {
    window.__filterDone = new Promise((resolve) => {
      let clickedAt = 0;
      document.addEventListener("click", (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
      const counts = document.querySelector("[data-testid=counts]");
      const observer = new MutationObserver(() => {
        observer.disconnect();
        // The graph redraws in the next animation frame; the task after it ends that frame.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
      });
      observer.observe(counts, { childList: true, subtree: true, characterData: true });
    });
  })()`);
  await button.click();
  const elapsed = await page.evaluate<number>("window.__filterDone");
  await button.click();
  await page.waitForTimeout(500);
  return elapsed;
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
  await page.waitForFunction(() => !Number.isNaN(window.__tangle?.searchMs?.("a") ?? Number.NaN), undefined, {
    timeout: 60_000,
  });
  return page.evaluate((text) => {
    let worst = 0;
    for (let length = 1; length <= text.length; length++)
      worst = Math.max(worst, window.__tangle?.searchMs?.(text.slice(0, length)) ?? Number.NaN);
    return worst;
  }, query);
}

/** The longest main-thread task since the graph was first drawn (opening, filters, pan and zoom). */
export async function longestTaskSinceRender(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state = window as unknown as { __tasks: Array<{ start: number; end: number }>; __renderedAt: number };
    return Math.max(
      0,
      ...state.__tasks.filter((task) => task.start >= state.__renderedAt).map((task) => task.end - task.start),
    );
  });
}

/**
 * From the Enter that picks a searched actor to the paint that shows the details panel naming it.
 * When the panel was filled while the Enter was handled (React renders a key press at once), that
 * is the Enter's own Event Timing entry: from its time stamp to the next paint, as the browser
 * reports it for INP (rounded to 8 ms). Otherwise (or under 16 ms, which the browser does not
 * report), the end of the frame in which the panel names the actor, read as a task after that
 * frame: an upper bound, since tasks queued before it (the graph's own redraw of the selection,
 * scheduled after the same paint) are counted too.
 */
export async function measureDetails(page: Page, query: string, name: string): Promise<number> {
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill(query);
  await page.getByRole("option").first().waitFor();
  await page.evaluate(`(() => {
    window.__detailsShown = new Promise((resolve) => {
      let pressedAt = 0;
      let namedAt;
      let enter;
      document.addEventListener("keydown", (event) => { if (event.key === "Enter") pressedAt = event.timeStamp; }, { capture: true, once: true });
      const timing = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === "keydown" && Math.abs(entry.startTime - pressedAt) < 1) enter = entry;
      });
      timing.observe({ type: "event", durationThreshold: 16 });
      const panel = document.querySelector("#details");
      const observer = new MutationObserver(() => {
        if (panel.querySelector("h2")?.textContent !== ${JSON.stringify(name)}) return;
        observer.disconnect();
        namedAt = performance.now();
        requestAnimationFrame(() => setTimeout(() => {
          const frameEnd = performance.now() - pressedAt;
          // Event Timing entries arrive after their paint: give them a moment.
          setTimeout(() => {
            timing.disconnect();
            resolve(enter && enter.processingEnd >= namedAt ? enter.duration : frameEnd);
          }, 300);
        }, 0));
      });
      observer.observe(panel, { childList: true, subtree: true, characterData: true });
    });
  })()`);
  await search.press("Enter");
  return page.evaluate<number>("window.__detailsShown");
}

/**
 * From a click on a view button (Graph, Table) to the end of the frame that shows `selector`
 * (present and visible: a view may be kept rendered while hidden).
 */
export async function measureViewSwitch(page: Page, button: string, selector: string): Promise<number> {
  const target = page.getByRole("button", { name: button, exact: true });
  await target.hover();
  await page.evaluate(`(() => {
    window.__switched = new Promise((resolve) => {
      let clickedAt = 0;
      document.addEventListener("click", (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
      const check = () => {
        const shown = [...document.querySelectorAll(${JSON.stringify(selector)})].some((element) => element.checkVisibility());
        if (clickedAt && shown) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  })()`);
  await target.click();
  return page.evaluate<number>("window.__switched");
}

/**
 * From a click on a column's sort button in the table titled `table` to the end of the frame in
 * which that column's header announces its new order (the rows are re-rendered in the same commit).
 */
export async function measureSort(page: Page, table: string, column: string): Promise<number> {
  const button = page
    .getByRole("region", { name: table, exact: true })
    .getByRole("button", { name: column, exact: true });
  await button.hover();
  const header = await button.evaluate((element) => {
    const cell = element.closest("th");
    if (cell) cell.dataset.sortProbe = "1";
    return cell?.getAttribute("aria-sort") ?? "";
  });
  await page.evaluate(`(() => {
    window.__sorted = new Promise((resolve) => {
      let clickedAt = 0;
      document.addEventListener("click", (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
      const check = () => {
        const cell = document.querySelector("th[data-sort-probe]");
        if (clickedAt && cell && cell.getAttribute("aria-sort") !== ${JSON.stringify(header)}) {
          delete cell.dataset.sortProbe;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  })()`);
  await button.click();
  return page.evaluate<number>("window.__sorted");
}
