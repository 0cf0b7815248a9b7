// A story saved as one HTML file: it plays from disk with the network blocked, prints its
// handout, and can be saved again with the network off after one visit.
import { readFileSync, statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";
import { curated, firstStory, type RawDataset } from "./storyData";

const story = firstStory;

test("a story saved as a page plays from file:// with the network blocked, and prints its handout", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page, `#d=${curated.id}&story=${story.id}&step=1&hu=1`);
  await page.getByRole("button", { name: "Save as page" }).click();
  const dialog = page.getByRole("dialog", { name: "Download story as a page" });
  await expect(dialog.getByLabel(/Only what the story shows/)).toBeChecked();
  // Keys in the dialog stay there: the story behind does not move.
  await dialog.getByRole("button", { name: "Download" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(`Step 1 of ${story.steps.length}`)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${story.id}.html`);
  const file = testInfo.outputPath(`${story.id}.html`);
  await download.saveAs(file);
  testInfo.annotations.push({ type: "story page size", description: `${statSync(file).size} bytes` });

  const offline = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  await offline.route("**", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  const standalone = await offline.newPage();
  standalone.on("request", (request) => {
    if (!request.url().startsWith("file:")) requests.push(request.url());
  });
  const errors = watchConsole(standalone);
  await standalone.addInitScript(() => {
    const record = window as unknown as { printed: number; violations: string[] };
    record.printed = 0;
    record.violations = [];
    window.print = () => void (record.printed += 1);
    document.addEventListener("securitypolicyviolation", (event) =>
      record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await standalone.goto(`file://${file}`);

  const csp = await standalone.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toMatch(
    /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*'; style-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:/,
  );
  await expect(standalone.getByText(`Step 1 of ${story.steps.length}`)).toBeVisible();
  await expect(standalone.getByRole("button", { name: "Hide unconfirmed" })).toHaveAttribute("aria-pressed", "true");
  await expect(standalone.getByRole("button", { name: "Exit" })).toHaveCount(0);
  await expect(standalone.getByRole("button", { name: "Save as page" })).toHaveCount(0);
  await expect(standalone.getByTestId("graph-canvas")).toBeVisible();
  // The graph is drawn: its canvas layers hold painted pixels.
  await expect
    .poll(() =>
      standalone.evaluate(() => {
        let painted = 0;
        for (const canvas of document.querySelectorAll<HTMLCanvasElement>("[data-testid=graph-canvas] canvas")) {
          const context = canvas.getContext("2d");
          if (!context || canvas.width === 0) continue;
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) painted += 1;
        }
        return painted;
      }),
    )
    .toBeGreaterThan(2000);

  const caption = standalone.getByRole("region", { name: "Step caption" }).getByRole("heading");
  for (const [index, step] of story.steps.entries()) {
    await expect(standalone.getByText(`Step ${index + 1} of ${story.steps.length}`)).toBeVisible();
    await expect(caption).toHaveText(step.title);
    await standalone.keyboard.press("ArrowRight");
  }
  await standalone.keyboard.press("Home");
  await expect(caption).toHaveText(story.steps[0]!.title);

  await standalone.getByRole("button", { name: "Print handout" }).click();
  await standalone.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  await standalone.emulateMedia({ media: "print" });
  const handout = standalone.getByRole("region", { name: "Handout" });
  await expect(handout).toBeVisible();
  await expect(handout.locator("article.handout-step")).toHaveCount(story.steps.length);
  const image = handout.locator("article.handout-step").first().getByRole("img");
  expect(await image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);

  expect(await standalone.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await offline.close();
});

test("after one visit, a story page is still saved with the network off (its files are in the offline cache)", async ({
  page,
  context,
}) => {
  await openApp(page, `#d=${curated.id}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
  });
  await context.setOffline(true);
  await page.goto(`./#d=${curated.id}&story=${story.id}&step=1`);
  await page.reload();
  await page.getByRole("button", { name: "Save as page" }).click();
  const dialog = page.getByRole("dialog", { name: "Download story as a page" });
  await dialog.getByLabel("The whole dataset").check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  const html = readFileSync(await download.path(), "utf8");
  const data = JSON.parse(/<script type="application\/json" id="tangle-story">(.*?)<\/script>/s.exec(html)![1]!) as {
    dataset: RawDataset;
  };
  expect(data.dataset.actors).toHaveLength(curated.actors.length);
  await expect(dialog.getByRole("status")).toContainText(`Saved ${story.id}.html`);
  await context.setOffline(false);
});
