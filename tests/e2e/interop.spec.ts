// Researchers' own files through the file picker: a Kumu workbook, one edge-list CSV, a
// FollowTheMoney stream, a large Gephi file explored without errors, an unrecognised
// spreadsheet through the column-mapping step, and a file with bad rows imported in part.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";
import { REAL_GRAPHS } from "./realGraphs";

const REAL = REAL_GRAPHS;

function written(info: TestInfo, name: string, text: string): string {
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, name);
  writeFileSync(file, text);
  return file;
}

const notices = (page: Page) => page.getByRole("status", { name: "Notices" });

test("a Kumu workbook opens with its 34 elements and 49 connections", async ({ page }) => {
  test.skip(!REAL, "real graph files not found (TANGLE_REAL_GRAPHS or ../shared/real-graphs)");
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(join(REAL ?? "", "kumu/paypal-mafia.xlsx"));
  await expect(notices(page)).toContainText("Opened paypal-mafia.xlsx: 34 actors, 49 relations.");
  expect(errors).toEqual([]);
});

test("a single edge-list CSV opens with actors derived from its ends", async ({ page }, info) => {
  const errors = watchConsole(page);
  await openApp(page);
  const csv = written(info, "edges.csv", 'source;target;weight\nAda;Bob;2\nBob;"Cy\nthe second";1,5\nCy;Ada;\n');
  await page.getByTestId("import-input").setInputFiles(csv);
  await expect(notices(page)).toContainText("Opened edges.csv: 4 actors, 3 relations.");
  expect(errors).toEqual([]);
});

test("a FollowTheMoney entity stream opens: things as actors, links as relations with their sources", async ({
  page,
}, info) => {
  const errors = watchConsole(page);
  await openApp(page);
  const lines = [
    { id: "p1", schema: "Person", properties: { name: ["Ana Example"] } },
    { id: "c1", schema: "Company", properties: { name: ["Example Ltd"], jurisdiction: ["gb"] } },
    { id: "c2", schema: "Company", properties: { name: ["Holding SA"] } },
    {
      id: "o1",
      schema: "Ownership",
      properties: { owner: ["c2"], asset: ["c1"], startDate: ["2019-04"], sourceUrl: ["https://example.org/registry"] },
    },
    { id: "d1", schema: "Directorship", properties: { director: ["p1"], organization: ["c1"] } },
  ];
  await page
    .getByTestId("import-input")
    .setInputFiles(written(info, "entities.ftm", lines.map((line) => JSON.stringify(line)).join("\n")));
  await expect(notices(page)).toContainText("Opened entities.ftm: 3 actors, 2 relations.");
  expect(errors).toEqual([]);
});

test("Gephi's Java.gexf (1,538 actors): selecting actors and relations raises no error", async ({ page }) => {
  test.skip(!REAL, "real graph files not found (TANGLE_REAL_GRAPHS or ../shared/real-graphs)");
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(join(REAL ?? "", "gephi-lite/Java.gexf"));
  await expect(notices(page)).toContainText("Opened Java.gexf: 1538 actors, 8032 relations.", { timeout: 20_000 });
  const details = page.getByRole("complementary", { name: "Details" });
  for (const name of ["java.lang.String", "java.lang.Object"]) {
    await page.getByRole("combobox", { name: "Search actors" }).fill(name);
    await expect(page.getByRole("option").first()).toHaveText(name);
    await page.getByRole("combobox", { name: "Search actors" }).press("Enter");
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(name);
    await details
      .getByRole("button", { name: /java\./ })
      .first()
      .click();
  }
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
});

test("an unrecognised spreadsheet goes through the column-mapping step, remembered next time", async ({
  page,
}, info) => {
  const errors = watchConsole(page);
  await openApp(page);
  const csv = written(
    info,
    "payments.csv",
    "payer,payee,amount,reported in\nAda,Bob,100,https://example.org/a\nBob,Cy,50,\n",
  );
  await page.getByTestId("import-input").setInputFiles(csv);
  const step = page.getByRole("dialog", { name: "Which column is what?" });
  await expect(step.getByRole("table")).toContainText("Ada");
  await step.getByLabel("Source (from)").selectOption("payer");
  await step.getByLabel("Target (to)").selectOption("payee");
  await step.getByLabel("Weight").selectOption("amount");
  await step.getByLabel("Source / URL (evidence)").selectOption("reported in");
  if (process.env.TANGLE_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/import-mapping-step.png" });
  await step.getByRole("button", { name: "Import with these columns" }).click();
  await expect(notices(page)).toContainText("Opened payments.csv: 3 actors, 2 relations.");
  // The same headers again: no question asked.
  await page
    .getByTestId("import-input")
    .setInputFiles(written(info, "payments-2.csv", "payer,payee,amount,reported in\nDee,Eve,1,\n"));
  await expect(notices(page)).toContainText("Opened payments-2.csv: 2 actors, 1 relations.");
  expect(errors).toEqual([]);
});

test("a file with bad rows: the report groups the problems, and the valid part is imported only when chosen", async ({
  page,
}, info) => {
  const errors = watchConsole(page);
  await openApp(page);
  const before = await page.getByRole("banner").textContent();
  const ghost = (index: number) => ({ id: `rel-ghost-${index}`, from: "ada", to: `ghost-${index}`, kind: "knows" });
  const dataset = {
    schemaVersion: 2,
    id: "with-bad-rows",
    title: "With bad rows",
    sources: [],
    actorKinds: [{ id: "person", label: "Person" }],
    relationKinds: [{ id: "knows", label: "Knows", directed: false }],
    actors: ["ada", "bob", "cy"].map((id) => ({ id, name: id.toUpperCase(), kind: "person" })),
    relations: [{ id: "rel-ok", from: "ada", to: "bob", kind: "knows" }, ...[1, 2, 3].map(ghost)],
  };
  await page
    .getByTestId("import-input")
    .setInputFiles(written(info, "with-bad-rows.json", JSON.stringify(dataset, null, 2)));
  const report = page.getByRole("alert", { name: "This file could not be imported whole; its valid part can be" });
  await expect(report).toContainText("3 relations and 0 actors would be skipped");
  await expect(report.getByText(/^3 × unknown actor "ghost-1" — show$/)).toBeVisible();
  expect(await page.getByRole("banner").textContent()).toBe(before);
  if (process.env.TANGLE_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/import-partial-report.png" });
  await report.getByRole("button", { name: "Import the valid part (3 actors, 1 relation)" }).click();
  await expect(notices(page)).toContainText("Opened with-bad-rows.json: 3 actors, 1 relations.");
  expect(errors).toEqual([]);
});
