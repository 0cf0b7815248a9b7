// Issue 14, the camera: a selection keeps the actor and its neighbours in view with the least
// movement (never zooming in), and every story step brings all it shows into the canvas. Where
// actors are drawn is read from the live graph (test hook), what they should be from the data file.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";

interface ActorBoxes {
  width: number;
  height: number;
  actors: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
}
interface Camera {
  zoom: number;
  x: number;
  y: number;
}
interface RawDataset {
  id: string;
  actors: Array<{ id: string; name: string }>;
  relations: Array<{ from: string; to: string }>;
  stories: Array<{ id: string; steps: unknown[] }>;
}

const curated = JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")) as RawDataset;

function neighbours(id: string): string[] {
  const ids = new Set<string>();
  for (const relation of curated.relations) {
    if (relation.from === id) ids.add(relation.to);
    if (relation.to === id) ids.add(relation.from);
  }
  ids.delete(id);
  return [...ids];
}

/** The best-connected actor: its neighbourhood spreads widest. */
const hub = curated.actors
  .map((actor) => ({ ...actor, degree: neighbours(actor.id).length }))
  .sort((a, b) => b.degree - a.degree)[0]!;

const camera = (page: Page) => page.evaluate(() => window.__tangle!.camera!() as Camera);
const drawn = (page: Page) => page.evaluate(() => window.__tangle!.actorBoxes!() as ActorBoxes);

/** The ids among `ids` whose node is not wholly inside the canvas. */
async function outside(page: Page, ids?: readonly string[]): Promise<string[]> {
  const { width, height, actors } = await drawn(page);
  const wanted = ids && new Set(ids);
  const missing = ids ? ids.filter((id) => !actors.some((box) => box.id === id)) : [];
  const out = actors
    .filter(
      (box) =>
        (!wanted || wanted.has(box.id)) &&
        (box.x1 < -0.5 || box.y1 < -0.5 || box.x2 > width + 0.5 || box.y2 > height + 0.5),
    )
    .map((box) => box.id);
  return [...missing, ...out].sort();
}

/** Waits until the camera has stopped gliding. */
async function cameraAtRest(page: Page): Promise<Camera> {
  await expect.poll(async () => (await snapshot(page)).animating, { timeout: 10_000 }).toBe(false);
  let previous = await camera(page);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(150);
    const next = await camera(page);
    if (next.zoom === previous.zoom && next.x === previous.x && next.y === previous.y) return next;
    previous = next;
  }
  throw new Error("the camera never came to rest");
}

async function pick(page: Page, name: string) {
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill(name);
  await expect(page.getByRole("option").first()).toContainText(name);
  await search.press("Enter");
}

test("selecting an actor after zooming in brings all its neighbours into view, without zooming in", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openApp(page);
  await cameraAtRest(page);
  for (let step = 0; step < 4; step++) await page.getByRole("button", { name: "Zoom in" }).click();
  const before = await cameraAtRest(page);
  const wanted = [hub.id, ...neighbours(hub.id)];
  // Zoomed in this far, part of the hub's neighbourhood is off screen: the test has something to do.
  expect((await outside(page, wanted)).length).toBeGreaterThan(0);
  await pick(page, hub.name);
  await expect.poll(async () => (await snapshot(page)).selected).toEqual([hub.id]);
  const after = await cameraAtRest(page);
  expect(await outside(page, wanted)).toEqual([]);
  expect(after.zoom).toBeLessThanOrEqual(before.zoom + 1e-9);
  expect(errors).toEqual([]);
});

test("selecting an actor whose neighbours are all in view leaves the camera where it is", async ({ page }) => {
  await openApp(page);
  const before = await cameraAtRest(page);
  const quiet = curated.actors.find((actor) => neighbours(actor.id).length === 1)!;
  expect(await outside(page, [quiet.id, ...neighbours(quiet.id)])).toEqual([]);
  await pick(page, quiet.name);
  await expect.poll(async () => (await snapshot(page)).selected).toEqual([quiet.id]);
  await page.waitForTimeout(600);
  const after = await cameraAtRest(page);
  expect(after.zoom).toBeCloseTo(before.zoom, 6);
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
});

test("walking to a neighbour by keyboard keeps the walk in view, and zooming out to fit it is the only zoom", async ({
  page,
}) => {
  await openApp(page, `#sel=a:${hub.id}`);
  await cameraAtRest(page);
  const canvas = page.getByTestId("graph-canvas");
  await canvas.focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press("+");
  const before = await cameraAtRest(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const selected = (await snapshot(page)).selected[0]!;
  expect(selected).not.toBe(hub.id);
  const after = await cameraAtRest(page);
  expect(await outside(page, [selected, ...neighbours(selected)])).toEqual([]);
  expect(after.zoom).toBeLessThanOrEqual(before.zoom + 1e-9);
});

test("every step of every story brings all the actors it shows into the canvas", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  const seen = new Set<string>();
  for (const story of curated.stories) {
    await openApp(page, `#d=${curated.id}&story=${story.id}&step=1`);
    for (let index = 0; index < story.steps.length; index++) {
      if (index > 0) await page.keyboard.press("ArrowRight");
      await expect(page.getByText(`Step ${index + 1} of ${story.steps.length}`)).toBeVisible();
      await cameraAtRest(page);
      const shown = (await snapshot(page)).visibleNodes.sort();
      expect(shown.length, `${story.id} step ${index + 1}`).toBeGreaterThan(0);
      seen.add(shown.join(","));
      await expect.poll(() => outside(page, shown), { message: `${story.id} step ${index + 1}` }).toEqual([]);
    }
  }
  // The steps show different actors: the camera had to follow.
  expect(seen.size).toBeGreaterThan(curated.stories.length);
  expect(errors).toEqual([]);
});

/** How much of the canvas's width and height the drawn actors span, as fractions. */
async function spans(page: Page): Promise<{ width: number; height: number }> {
  const { width, height, actors } = await drawn(page);
  const x1 = Math.min(...actors.map((box) => box.x1));
  const x2 = Math.max(...actors.map((box) => box.x2));
  const y1 = Math.min(...actors.map((box) => box.y1));
  const y2 = Math.max(...actors.map((box) => box.y2));
  return { width: (x2 - x1) / width, height: (y2 - y1) / height };
}

test("a fitted picture is fitted again when the canvas grows; one the person zoomed stays as it is", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 1200, height: 560 });
  await openApp(page);
  await cameraAtRest(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await cameraAtRest(page);
  expect(await outside(page)).toEqual([]);
  // Fitted: the network reaches (nearly) across the canvas one way or the other.
  const grown = await spans(page);
  expect(Math.max(grown.width, grown.height)).toBeGreaterThan(0.8);

  await page.getByRole("button", { name: "Zoom in" }).click();
  const zoomed = await cameraAtRest(page);
  await page.setViewportSize({ width: 1200, height: 700 });
  const after = await cameraAtRest(page);
  expect(after.zoom).toBe(zoomed.zoom);
  expect(errors).toEqual([]);
});
