import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";
import { HOSTILE_FOLDER, importFixture } from "./hostileSupport";

// Every fixture of tests/fixtures/hostile/ through the UI, as its README expects: no page error,
// no dialog, the graph kept (refused) or replaced (imported), the app usable afterwards.
const folder = HOSTILE_FOLDER;
const expectations = new Map(
  readFileSync(join(folder, "README.md"), "utf8")
    .split("\n")
    .flatMap((line) => {
      const cells = /^\| ([^ |]+) \|.*\| (data|issues|either) \|$/.exec(line);
      return cells ? [[cells[1]!, cells[2]!] as const] : [];
    }),
);
const fixtures = readdirSync(folder).filter((name) => name !== "README.md" && !name.endsWith(".relations.csv"));

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
