// Bad input never crashes the app or loses the view: a clear message saying what and where.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";

const cases: Array<[string, RegExp]> = [
  ["syntax-error.json", /line 5, column 3/],
  ["broken-references.json", /relations\[0\]\.to: unknown actor "nobody"/],
  ["javascript-url.json", /sources\[0\]\.url: must be an http\(s\) address/],
  ["not-a-dataset.json", /expected object/],
  ["proto-pollution.json", /unknown field "__proto__"/],
  ["malformed.gexf", /malformed\.gexf/],
];

for (const [file, message] of cases) {
  test(`importing ${file} shows where it is wrong and keeps the graph`, async ({ page }) => {
    const errors = watchConsole(page);
    await openApp(page);
    const before = await snapshot(page);
    await page.getByTestId("import-input").setInputFiles(`tests/fixtures/hostile/${file}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("could not be imported");
    await expect(alert).toContainText(message);
    const after = await snapshot(page);
    expect(after.nodeCount).toBe(before.nodeCount);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Broken|Placeholder/);
    await alert.getByRole("button", { name: "Close" }).click();
    await expect(alert).toBeHidden();
    expect(errors).toEqual([]);
  });
}

test("markup in every text field is shown as text and never runs", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/markup-in-text.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    '<img src=x onerror="window.__pwned=1">Markup title',
  );
  await page.getByRole("combobox", { name: "Search actors" }).fill("Ada");
  await page.getByRole("option").first().click();
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("<script>window.__pwned=2</script>Ada");
  await details
    .getByRole("button", { name: /show claims/ })
    .first()
    .click();
  await expect(details).toContainText('<a href="javascript:window.__pwned=4">click</a>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("iframe, script:not([src]), a[href^='javascript']").count()).toBe(0);
});

test("markup in names stays text in the exported SVG", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/markup-in-text.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Markup title/);
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "SVG image" }).click();
  const svg = readFileSync(await (await download).path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror") !== null,
      active: doc.querySelectorAll("script, img, iframe, foreignObject, [onerror], [onmouseover]").length,
      text: doc.documentElement.textContent ?? "",
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.active).toBe(0);
  expect(parsed.text).toContain("<script>window.__pwned=2</script>Ada");
});

// Every fixture of tests/fixtures/hostile/ through the UI, as its README expects: no page error,
// no dialog, the graph kept (refused) or replaced (imported), the app usable afterwards.
const folder = "tests/fixtures/hostile";
const expectations = new Map(
  readFileSync(join(folder, "README.md"), "utf8")
    .split("\n")
    .flatMap((line) => {
      const cells = /^\| ([^ |]+) \|.*\| (data|issues|either) \|$/.exec(line);
      return cells ? [[cells[1]!, cells[2]!] as const] : [];
    }),
);
const fixtures = readdirSync(folder).filter((name) => name !== "README.md" && !name.endsWith(".relations.csv"));

/** Imports the files; resolves to the number of actors opened, or "refused". */
async function importFixture(page: Page, files: string[]): Promise<number | "refused"> {
  await page.getByTestId("import-input").setInputFiles(files);
  const opened = page.getByRole("status", { name: "Notices" }).getByText(/^Opened .*: (\d+) actors/);
  const refused = page.getByRole("alert").filter({ hasText: "could not be imported" });
  await expect(opened.or(refused).first()).toBeVisible();
  if (await refused.isVisible()) return "refused";
  return Number(/: (\d+) actors/.exec((await opened.last().textContent()) ?? "")?.[1]);
}

for (const name of fixtures) {
  test(`hostile fixture ${name} through the UI`, async ({ page }) => {
    test.setTimeout(20_000);
    const errors = watchConsole(page);
    page.on("dialog", (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openApp(page);
    const before = await snapshot(page);
    const pair = /^(.*)\.actors\.csv$/.exec(name)?.[1];
    const files = pair ? [join(folder, name), join(folder, `${pair}.relations.csv`)] : [join(folder, name)];
    const outcome = await importFixture(page, files);
    const expected = expectations.get(name);
    if (expected === "data") expect(outcome).not.toBe("refused");
    if (expected === "issues") expect(outcome).toBe("refused");
    const after = await snapshot(page);
    if (outcome === "refused") expect(after.nodeCount).toBe(before.nodeCount);
    else expect(after.nodeCount).toBe(outcome);
    // Usable afterwards: the search answers, and another file can be opened.
    await page.getByRole("combobox", { name: "Search actors" }).fill("a");
    await expect(page.getByRole("button", { name: "Import…" })).toBeEnabled();
    expect(errors).toEqual([]);
  });
}

test("actors called constructor, 0 or tostring are drawn, selected and found on paths", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(join(folder, "special-ids.json"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("4 actors, 3 relations");
  const shown = await snapshot(page);
  expect([shown.drawnNodes, shown.drawnEdges]).toEqual([4, 3]);
  for (const actor of ["Ada Example", "Bob Sample"]) {
    await page.getByRole("combobox", { name: "Search actors" }).fill(actor);
    await page.getByRole("option").first().click();
    await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText(
      actor,
    );
  }
  expect((await snapshot(page)).selected).toEqual(["tostring"]);
  expect(errors).toEqual([]);
});

test("relations with the ids of actors are all drawn and counted", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(join(folder, "relation-ids-equal-actor-ids.json"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("4 actors, 3 relations");
  const shown = await snapshot(page);
  expect([shown.drawnNodes, shown.drawnEdges]).toEqual([4, 3]);
  expect(shown.visibleEdges.sort()).toEqual(["ada-example", "bob-sample", "example-fund"]);
});

test("a file with the shipped dataset's id opens beside it, and a reload returns to it", async ({ page }) => {
  await openApp(page);
  const shippedTitle = await page.getByRole("heading", { level: 1 }).textContent();
  await page.getByTestId("import-input").setInputFiles(join(folder, "shipped-dataset-id.json"));
  await expect(page.getByRole("status", { name: "Imported with warnings" })).toContainText(
    'it was opened as "assad-exile-network-imported"',
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Placeholder network");
  await expect(page).toHaveURL(/assad-exile-network-imported/);
  // Keeping the files is asynchronous (IndexedDB); a reload before it ends would rightly find nothing.
  await page.waitForFunction(keptImportId, "assad-exile-network-imported");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Placeholder network");
  await page.goto("./#d=assad-exile-network");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shippedTitle ?? "");
});

test("a damaged import kept in browser storage is set aside and the app starts", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("tangle", 1);
        request.onupgradeneeded = () => request.result.createObjectStore("imports");
        request.onsuccess = () => {
          const transaction = request.result.transaction("imports", "readwrite");
          transaction.objectStore("imports").put({ datasetId: "gone", files: [{ name: "x.json", text: 42 }] }, "last");
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(new Error("could not write"));
        };
      }),
  );
  await page.goto("./#d=gone");
  await page.reload();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "could not be read (file 1 is not a name and a text); it was set aside",
  );
  await expect(page.getByTestId("graph-canvas")).toBeVisible();
  await expect(page.getByText("Loading the network…")).toBeHidden();
  const kept = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open("tangle", 1);
        request.onsuccess = () => {
          const get = request.result.transaction("imports").objectStore("imports").get("set-aside");
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(kept).toEqual({ datasetId: "gone", files: [{ name: "x.json", text: 42 }] });
  expect(errors).toEqual([]);
});

test("a kept import holding deeply nested JSON does not stop the app from starting", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open("tangle", 1);
        request.onupgradeneeded = () => request.result.createObjectStore("imports");
        request.onsuccess = () => {
          const transaction = request.result.transaction("imports", "readwrite");
          transaction.objectStore("imports").put({ datasetId: "deep", files: [{ name: "deep.json", text }] }, "last");
          transaction.oncomplete = () => resolve();
        };
      }),
    "[".repeat(200_000),
  );
  await page.goto("./#d=deep");
  await page.reload();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("could not be read again");
  await expect(page.getByTestId("graph-canvas")).toBeVisible();
  expect(errors).toEqual([]);
});

/**
 * Long main-thread tasks while files are read (from choosing one to its result: the marks
 * ImportButton sets), in milliseconds, during `during`.
 */
async function longTasksWhileReading(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { __readTasks: number[] }).__readTasks = durations;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        const chosen = performance.getEntriesByName("tangle:file-chosen").at(-1)?.startTime ?? Infinity;
        const read = performance.getEntriesByName("tangle:file-read").at(-1)?.startTime ?? Infinity;
        if (entry.startTime >= chosen && entry.startTime + entry.duration <= read) durations.push(entry.duration);
      }),
    ).observe({ type: "longtask" });
  });
  await during();
  return page.evaluate(() => (window as unknown as { __readTasks: number[] }).__readTasks);
}

test("a million unclosed brackets and 100k nested arrays are refused without freezing the page", async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchConsole(page);
  await openApp(page);
  const dir = mkdtempSync(join(tmpdir(), "tangle-hostile-"));
  writeFileSync(join(dir, "brackets.json"), "[".repeat(1_000_000));
  writeFileSync(join(dir, "nested.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
  const tasks = await longTasksWhileReading(page, async () => {
    expect(await importFixture(page, [join(dir, "brackets.json")])).toBe("refused");
    await expect(page.getByRole("alert")).toContainText("line 1, column 1000001");
    await page.getByRole("alert").getByRole("button", { name: "Close" }).click();
    expect(await importFixture(page, [join(dir, "nested.json")])).toBe("refused");
    await expect(page.getByRole("alert")).toContainText("nested more than 64 levels deep");
  });
  expect(Math.max(0, ...tasks)).toBeLessThan(200);
  expect(errors).toEqual([]);
});

test("20 000 actors with Arabic ids are read off the main thread", async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchConsole(page);
  await openApp(page);
  const count = 20_000;
  const nodes = Array.from({ length: count }, (_, index) => `<node id="عقدة-${index}" label="عقدة ${index}"/>`).join(
    "\n",
  );
  const edges = Array.from(
    { length: count },
    (_, index) => `<edge id="ضلع-${index}" source="عقدة-${index}" target="عقدة-${(index * 7 + 1) % count}"/>`,
  ).join("\n");
  const file = join(mkdtempSync(join(tmpdir(), "tangle-hostile-")), "arabic-20k.gexf");
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`,
  );
  const tasks = await longTasksWhileReading(page, async () => {
    await page.getByTestId("import-input").setInputFiles(file);
    await expect(page.getByRole("button", { name: "Cancel" })).toBeVisible();
    await expect(page.getByRole("status", { name: "Notices" })).toContainText(
      `Opened arabic-20k.gexf: ${count} actors`,
      { timeout: 80_000 },
    );
  });
  expect(Math.max(0, ...tasks)).toBeLessThan(200);
  expect(errors).toEqual([]);
});

test("a large import can be cancelled, keeping the graph", async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  const before = await snapshot(page);
  const count = 20_000;
  const nodes = Array.from({ length: count }, (_, index) => `<node id="n${index}" label="Node ${index}"/>`).join("\n");
  const file = join(mkdtempSync(join(tmpdir(), "tangle-hostile-")), "big.gexf");
  writeFileSync(
    file,
    `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${nodes}</nodes><edges/></graph></gexf>`,
  );
  await page.getByTestId("import-input").setInputFiles(file);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alert")).toContainText("the import was cancelled; nothing was changed");
  expect((await snapshot(page)).nodeCount).toBe(before.nodeCount);
});

test("selecting in a real Gephi file over 400 nodes, whose edge ids are node ids too, draws and selects", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles("/work/shared/real-graphs/gephi-lite/Java.gexf");
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("Opened Java.gexf: 1538 actors", {
    timeout: 40_000,
  });
  for (const name of ["java.awt.BorderLayout", "java.util.logging.SocketHandler"]) {
    await page.getByRole("combobox", { name: "Search actors" }).fill(name);
    // The search results' options, not the toolbar's <select> options (which come first while the
    // results of a 1,538-actor search are still on their way).
    await page.getByRole("listbox", { name: "Search actors: results" }).getByRole("option").first().click();
    await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText(
      name,
    );
    await expect.poll(async () => (await snapshot(page)).selected.length).toBe(1);
  }
  expect(errors).toEqual([]);
});

/** In the page: true once browser storage holds the last import under this dataset id. */
function keptImportId(datasetId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open("tangle");
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains("imports")) return resolve(false);
      const read = database.transaction("imports").objectStore("imports").get("last");
      read.onsuccess = () => resolve((read.result as { datasetId?: string } | undefined)?.datasetId === datasetId);
      read.onerror = () => resolve(false);
    };
  });
}
