// Shared by the hostile-input browser tests: the fixtures folder and importing through the input.
import { expect, type Page } from "@playwright/test";

export const HOSTILE_FOLDER = "tests/fixtures/hostile";

/** Imports the files; resolves to the number of actors opened, or "refused". */
export async function importFixture(page: Page, files: string[]): Promise<number | "refused"> {
  await page.getByTestId("import-input").setInputFiles(files);
  const opened = page.getByRole("status", { name: "Notices" }).getByText(/^Opened .*: (\d+) actors/);
  const refused = page.getByRole("alert").filter({ hasText: "could not be imported" });
  await expect(opened.or(refused).first()).toBeVisible();
  if (await refused.isVisible()) return "refused";
  return Number(/: (\d+) actors/.exec((await opened.last().textContent()) ?? "")?.[1]);
}
