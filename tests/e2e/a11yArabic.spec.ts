// The axe audit of a11y.spec.ts again with the interface in Arabic, right to left (issue 17):
// every view, dialog and theme, 0 violations. Controls are found by their Arabic names, read from
// the catalogue, so a control left in English fails here.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { audit } from "./axe";
import { openApp } from "./helpers";

test.use({ bypassCSP: true });

const ar = JSON.parse(readFileSync("src/ui/i18n/messages/ar.json", "utf8")) as Record<string, string>;
/** A plain catalogue message, by key (a message with placeholders is matched by its start). */
const name = (key: string): string => {
  const text = ar[key];
  if (text === undefined) throw new Error(`no Arabic message ${key}`);
  return text;
};
const startOf = (key: string) =>
  new RegExp(
    `^${
      name(key)
        .split("{")[0]
        ?.replace(/[.*+?^$()|[\]\\]/g, "\\$&") ?? ""
    }`,
  );

async function openArabic(page: Page, hash = ""): Promise<void> {
  await openApp(page, hash === "" ? "#lang=ar" : `${hash}&lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
}

const views: Array<[string, string]> = [
  ["explorer, nothing selected", ""],
  ["explorer, projector theme, an actor selected", "#theme=projector&sel=a:kamal-hassan"],
  ["a relation with its claims", "#sel=r:rel-hassan-funds-fighters"],
  ["path finder", "#from=kamal-hassan&to=ahmed-al-sharaa"],
  ["presenter, light theme", "#story=exiles-and-money&step=0"],
  ["presenter, projector theme", "#story=exiles-and-money&step=2&theme=projector"],
  ["embedded view with details", "#sel=a:kamal-hassan&embed=1"],
];

for (const [view, hash] of views) {
  test(`Arabic: no accessibility violations: ${view}`, async ({ page }) => {
    await openArabic(page, hash);
    expect(await audit(page)).toEqual([]);
  });
}

test("Arabic: the details panel speaks Arabic and marks the data's language", async ({ page }) => {
  await openArabic(page, "#sel=a:rami-makhlouf");
  const details = page.getByRole("complementary", { name: name("details.label") });
  const heading = details.getByRole("heading", { level: 2 });
  await expect(heading).toHaveText("Rami Makhlouf");
  await expect(heading).toHaveAttribute("lang", "en");
  // The graph region describes what is shown in Arabic.
  await expect(page.getByTestId("graph-description")).toContainText("يظهر");
  await expect(page.getByTestId("graph-description")).toContainText("المحدد:");
});

test("Arabic: no accessibility violations: table view", async ({ page }) => {
  test.setTimeout(60_000); // axe over every row of the curated table
  await openArabic(page);
  await page.getByRole("button", { name: name("header.table"), exact: true }).click();
  await expect(page.getByRole("table").first()).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test("Arabic: no accessibility violations: timeline with 'as of', projector theme", async ({ page }) => {
  await openArabic(page, "#theme=projector&tf=2025-03&tt=2025-03");
  await page.getByRole("button", { name: name("header.timeline"), exact: true }).click();
  await expect(page.getByRole("list", { name: startOf("timeline.listLabel") })).toBeVisible();
  await expect(page.getByRole("group", { name: name("asOf.label") })).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test("Arabic: no accessibility violations: the Embed code and Save as page dialogs, translated", async ({ page }) => {
  await openArabic(page);
  await page.getByRole("button", { name: name("share.embed"), exact: true }).click();
  const embed = page.getByRole("dialog", { name: name("share.embedTitle") });
  await expect(embed).toBeVisible();
  await expect(embed.getByRole("button", { name: name("share.copy") })).toBeVisible();
  expect(await audit(page)).toEqual([]);
  await openArabic(page, "#story=exiles-and-money&step=1");
  await page.getByRole("button", { name: name("storyPage.button") }).click();
  await expect(page.getByRole("dialog", { name: name("storyPage.title") })).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

const dialogs: Array<[string, (page: Page) => Promise<void>]> = [
  [
    "keyboard shortcuts dialog",
    async (page) => {
      await page.getByRole("button", { name: name("shortcuts.title") }).click();
      await expect(page.getByRole("dialog", { name: name("shortcuts.title") })).toBeVisible();
    },
  ],
  [
    "library dialog",
    async (page) => {
      await page.getByRole("button", { name: name("library.button") }).click();
      await expect(page.getByRole("dialog", { name: name("library.title") })).toBeVisible();
    },
  ],
  [
    "export menu",
    async (page) => {
      await page.getByRole("button", { name: name("export.button"), exact: true }).click();
      await expect(page.getByRole("button", { name: "GraphML", exact: true })).toBeVisible();
    },
  ],
  [
    "an import's list of problems",
    async (page) => {
      await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/broken-references.json");
      await expect(page.getByRole("alert", { name: /^تعذّر استيراد هذا الملف/ })).toBeVisible();
      await expect(page.getByRole("button", { name: startOf("importReport.importPart") })).toBeVisible();
    },
  ],
  [
    "stories panel",
    async (page) => {
      await page.getByRole("button", { name: name("explorer.stories"), exact: true }).click();
      await expect(page.getByRole("region", { name: name("explorer.stories") })).toBeVisible();
    },
  ],
];

for (const [dialog, open] of dialogs) {
  test(`Arabic: no accessibility violations: ${dialog}`, async ({ page }) => {
    await openArabic(page);
    await open(page);
    expect(await audit(page)).toEqual([]);
  });
}

test("Arabic: the editor, its undo history worded in Arabic, no accessibility violations", async ({ page }) => {
  await openArabic(page);
  await page.getByRole("button", { name: name("story.copy") }).click();
  const editor = page.getByRole("region", { name: name("editor.label") });
  await expect(editor).toBeVisible();
  await page.getByRole("combobox", { name: name("search.label") }).fill("Kamal Hassan");
  await page.getByRole("option").first().click();
  const form = editor.getByRole("form", { name: startOf("editor.actor.edit") });
  await form.getByLabel(name("editor.field.summary")).fill("ملخّص جديد");
  await form.getByRole("button", { name: name("editor.actor.save") }).click();
  // The label is data worded in Arabic; the name keeps its own script, isolated.
  await expect(page.getByTestId("editor-last")).toContainText("آخر تغيير: تحرير الفاعل Kamal Hassan");
  await expect(page.getByTestId("editor-last").locator("bdi")).toHaveText("Kamal Hassan");
  const undo = editor.getByRole("button", { name: name("editor.undo"), exact: true });
  await expect(undo).toHaveAttribute("title", /^تراجع: \u2068تحرير الفاعل \u2068Kamal Hassan\u2069\u2069/);
  await editor.getByText(startOf("history.listTitle")).click();
  const history = editor.getByRole("list", { name: name("history.listLabel") });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("تحرير الفاعل Kamal Hassan");
  expect(await audit(page)).toEqual([]);
  await undo.click();
  await expect(page.getByRole("status", { name: name("notices.label") })).toContainText(
    "تم التراجع: تحرير الفاعل Kamal Hassan",
  );
  await expect(history).toContainText(name("history.undone"));
  expect(await audit(page)).toEqual([]);
});
