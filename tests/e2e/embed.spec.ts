// Embedding: the app in a frame of a page on another origin, and the embed code from its dialog.
// (A story saved as one HTML file is in storyPage.spec.ts.)
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";
import { curated, firstStory } from "./storyData";

const story = firstStory;
// The class page: a tiny server on another port of this machine, so another origin. (A routed
// host name counts as a public page, and Chromium refuses its frames to local addresses.)
let hostHtml = "";
let server: Server;
let hostUrl = "";

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html><head><title>Class page</title></head><body style="margin:8px"><h1>Class page</h1>${hostHtml}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function hostPage(page: Page, iframe: string): Promise<void> {
  hostHtml = iframe;
  await page.goto(hostUrl);
}

async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
  await frame.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount: number } | undefined)?.nodeCount);
  return frame;
}

const frameState = (frame: Frame) =>
  frame.evaluate(
    () =>
      window.__tangle!.state!() as { filters: { hiddenStatuses: string[] }; embed?: boolean; story?: { id: string } },
  );

test("a page on another origin embeds the graph in a 600×400 frame, read-only, with a link back", async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  await hostPage(
    page,
    `<iframe src="${baseURL}#d=${curated.id}&embed=1" width="600" height="400" title="Tangle" style="border:0"></iframe>`,
  );
  const frame = await appFrame(page);
  const inner = page.frameLocator("iframe");
  const canvas = inner.getByTestId("graph-canvas");
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(598);
  expect(box.height).toBeGreaterThanOrEqual(340);
  const shown = await frame.evaluate(() => (window.__tangle!.snapshot!() as { nodeCount: number }).nodeCount);
  expect(shown).toBe(curated.actors.length);

  // Read-only: none of the explorer's tools or filters.
  for (const name of ["Export", "Import", "Paths", "Stories", "Embed"])
    await expect(inner.getByRole("button", { name, exact: true })).toHaveCount(0);
  await expect(inner.getByRole("complementary", { name: "Legend and filters" })).toHaveCount(0);
  await inner.getByText("Legend", { exact: true }).click();
  await expect(inner.getByRole("group", { name: "Legend" })).toContainText("Confirmed");

  const open = inner.getByRole("link", { name: /Open in Tangle/ });
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("rel", "noopener");
  expect(await open.getAttribute("href")).toBe(`${baseURL}#d=${curated.id}`);
  expect(errors).toEqual([]);
});

test("an embedded view keeps the link's filters and selection, and shows the details", async ({ page, baseURL }) => {
  await hostPage(
    page,
    `<iframe src="${baseURL}#d=${curated.id}&hs=claimed,disputed,denied&sel=a:rami-makhlouf&embed=1" width="600" height="400" title="Tangle"></iframe>`,
  );
  const frame = await appFrame(page);
  expect((await frameState(frame)).filters.hiddenStatuses).toEqual(["claimed", "disputed", "denied"]);
  const inner = page.frameLocator("iframe");
  await expect(
    inner.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }).first(),
  ).toContainText("Makhlouf");
  await inner.getByRole("button", { name: "Close details" }).click();
  await expect(inner.getByRole("complementary", { name: "Details" })).toHaveCount(0);
  const open = inner.getByRole("link", { name: /Open in Tangle/ });
  expect(await open.getAttribute("href")).toBe(`${baseURL}#d=${curated.id}&hs=claimed%2Cdisputed%2Cdenied`);
});

test("the embed code copied from the dialog embeds the same view, or a story", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await openApp(page, `#d=${curated.id}&hs=claimed`);
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Embed code" });
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied.");
  const viewCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(viewCode).toMatch(/^<iframe src="[^"]+" title="Tangle: [^"]+" width="800" height="500" /);
  await dialog.getByLabel("Show").selectOption({ label: `Story: ${story.title}` });
  await dialog.getByLabel(/Hide unconfirmed claims/).check();
  await dialog.getByRole("button", { name: "Copy" }).click();
  const storyCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(storyCode).toContain(`title="Tangle story: ${story.title}"`);

  await hostPage(page, viewCode);
  const frame = await appFrame(page);
  const state = await frameState(frame);
  expect(state.embed).toBe(true);
  expect(state.filters.hiddenStatuses).toEqual(["claimed"]);
  const box = (await page.frameLocator("iframe").getByTestId("graph-canvas").boundingBox())!;
  expect(box.width).toBeGreaterThan(780);

  await hostPage(page, storyCode);
  const storyFrame = page.frameLocator("iframe");
  await expect(storyFrame.getByText(`Step 1 of ${story.steps.length}`)).toBeVisible();
  await expect(storyFrame.getByRole("button", { name: "Hide unconfirmed" })).toHaveAttribute("aria-pressed", "true");
  await expect(storyFrame.getByRole("region", { name: "Step caption" }).getByRole("heading")).toHaveText(
    story.steps[0]!.title,
  );
  // Read-only: no way out to the explorer or to save files; the full app opens in a new tab.
  for (const name of ["Exit", "Save as page"]) await expect(storyFrame.getByRole("button", { name })).toHaveCount(0);
  const open = storyFrame.getByRole("link", { name: /Open in Tangle/ });
  expect(await open.getAttribute("href")).toBe(`${baseURL}#d=${curated.id}&story=${story.id}&step=1&hu=1`);
});
