// A file that cannot be imported says where it is wrong, and the graph on screen stays.
import { expect, test } from "@playwright/test";
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
