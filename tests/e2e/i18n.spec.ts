// Languages (issue 17): the browser's language picks the interface, the header switches it, the
// link and saved settings keep it, and Arabic lays the whole app out right to left. Data texts
// stay in the dataset's language and say so with lang.
import { expect, test, type Page } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not laid out`);
  return found;
};

test("switching to Arabic turns the app right to left, mirrored and translated, and the link and settings keep it", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openApp(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // In English the filters are on the left and the details on the right.
  expect((await box(page, ".filter-panel")).x).toBeLessThan((await box(page, ".side-panel")).x);

  await page.getByRole("combobox", { name: "Language" }).selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  expect(page.url()).toContain("lang=ar");
  // Translated controls, found by their Arabic names.
  await expect(page.getByRole("button", { name: "الجدول" })).toBeVisible();
  await expect(page.getByRole("button", { name: "تصدير" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "البحث عن الفاعلين" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "التفاصيل" })).toBeVisible();
  await expect(page.getByTestId("counts")).toContainText("الفاعلون المعروضون");
  // Mirrored: the details panel is now on the left of the graph, the filters on the right.
  const details = await box(page, ".side-panel");
  const graph = await box(page, ".graph-area");
  const filters = await box(page, ".filter-panel");
  expect(details.x + details.width).toBeLessThanOrEqual(graph.x + 1);
  expect(filters.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);

  // A new visit without the link: the saved setting opens Arabic again.
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("button", { name: "المخطط" })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe("with a Ukrainian browser", () => {
  test.use({ locale: "uk-UA" });

  test("opens in Ukrainian, with the dataset's texts marked as English", async ({ page }) => {
    const errors = watchConsole(page);
    await openApp(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("button", { name: "Таблиця" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Лише підтверджене й повідомлене" })).toBeVisible();
    await expect(page.getByTestId("counts")).toContainText("Показано учасників");

    const search = page.getByRole("combobox", { name: "Пошук учасників" });
    await search.fill("makhluf");
    await page.getByRole("option").first().click();
    const details = page.getByRole("complementary", { name: "Подробиці" });
    const name = details.getByRole("heading", { level: 2 });
    await expect(name).toHaveText("Rami Makhlouf");
    await expect(name).toHaveAttribute("lang", "en");
    await expect(details.getByRole("button", { name: "Шукати шляхи звідси" })).toBeVisible();
    // Counts in the interface's words and plural forms.
    await expect(details.getByRole("heading", { level: 3 }).filter({ hasText: "Зв'язки" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a bad link gives Ukrainian notices, the link's hostile text isolated and inert", async ({ page }) => {
    const hostile = "\u202e<img src=x onerror=alert(1)>";
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openApp(page, `#view=${encodeURIComponent(hostile)}&hs=rumour&zz=1`);
    const notices = page.getByRole("status", { name: "Сповіщення" });
    await expect(notices).toContainText("Пропущено невідому частину «zz» посилання.");
    await expect(notices).toContainText("Пропущено невідомий статус «rumour» у посиланні.");
    await expect(notices).toContainText(`Пропущено невідоме значення «${hostile}» параметра «вигляд» у посиланні.`);
    // The link's text is one isolate of text: no element made of it, nothing run.
    await expect(notices.locator("bdi", { hasText: "onerror" })).toHaveText(hostile);
    await expect(notices.locator("img")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("the link's language wins over the browser's", async ({ page }) => {
    await openApp(page, "#lang=ru");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("button", { name: "Таблица" })).toBeVisible();
  });
});

test("a file that cannot be imported is reported in the reader's language: Arabic, then Ukrainian", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openApp(page, "#lang=ar");
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/broken-references.json");
  const report = page.getByRole("alert");
  await expect(report).toContainText("تعذّر استيراد");
  // The sentence in Arabic; the path and the id (data) as written, each in its own isolate.
  await expect(report).toContainText("فاعل غير معروف «nobody»");
  await expect(report.locator("bdi", { hasText: /^nobody$/ }).first()).toBeAttached();
  await expect(report.locator("code bdi", { hasText: "relations[0].to" }).first()).toBeAttached();
  await expect(report).not.toContainText("unknown actor");
  await report.getByRole("button", { name: "إغلاق" }).click();

  await openApp(page, "#lang=uk");
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/syntax-error.json");
  await expect(page.getByRole("alert")).toContainText('line 5, column 3: некоректний JSON: неочікуваний символ """');
  expect(errors).toEqual([]);
});
