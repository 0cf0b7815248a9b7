// Right-to-left overrides in data cannot reverse the interface's words: the file name in the
// "Opened …" notice and in the import report is isolated in a <bdi>, so the sentence around it
// reads in order whatever the name holds.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

const RLO = "\u202e";

test("a file name with a right-to-left override is isolated in the notices and the import report", async ({
  page,
}, info) => {
  const errors = watchConsole(page);
  await openApp(page);
  mkdirSync(info.outputDir, { recursive: true });
  // Shown without isolation as "Opened nosj.txe: 2 actors…" reversed into the rest of the line.
  const name = `${RLO}exe.json`;
  const dataset = {
    schemaVersion: 2,
    id: "bidi-name",
    title: `${RLO}Reversed title`,
    sources: [],
    actorKinds: [{ id: "person", label: "Person" }],
    relationKinds: [{ id: "knows", label: "Knows", directed: false }],
    actors: [
      { id: "a", name: `${RLO}Ada`, kind: "person" },
      { id: "b", name: "Bob", kind: "person" },
    ],
    relations: [{ id: "r", from: "a", to: "b", kind: "knows" }],
  };
  const file = join(info.outputDir, name);
  writeFileSync(file, JSON.stringify(dataset));
  await page.getByTestId("import-input").setInputFiles(file);

  const notice = page.getByRole("status", { name: "Notices" }).locator("p").filter({ hasText: "Opened" });
  await expect(notice).toContainText(`Opened ${name}: 2 actors, 1 relations.`);
  // The name alone inside its own isolate; the words around it outside any.
  await expect(notice.locator("bdi")).toHaveText(name);
  const outside = await notice.evaluate((element) =>
    [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(""),
  );
  expect(outside).toContain("Opened ");
  expect(outside).toContain(": 2 actors, 1 relations.");
  expect(outside).not.toContain(RLO);
  // The isolate is real: the browser computes unicode-bidi: isolate for it.
  expect(await notice.locator("bdi").evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe("isolate");

  // The import report of a file that cannot be imported whole isolates the name too.
  const broken = join(info.outputDir, `${RLO}broken.json`);
  writeFileSync(
    broken,
    JSON.stringify({ ...dataset, relations: [{ id: "r", from: "a", to: "nobody", kind: "knows" }] }),
  );
  await page.getByTestId("import-input").setInputFiles(broken);
  const report = page.getByRole("alert").filter({ hasText: "could not be imported" });
  await expect(report.locator("bdi").first()).toHaveText(`${RLO}broken.json`);
  expect(errors).toEqual([]);
});
