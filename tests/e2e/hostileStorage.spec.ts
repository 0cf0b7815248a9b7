// Stored state is read like any file: a damaged or deeply nested kept import is set aside or
// refused with a notice, the set-aside entry can be downloaded, and the app always starts.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

test("a damaged import kept in browser storage is set aside, the app starts, and the set-aside entry can be downloaded", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("tangle", 1);
        request.onupgradeneeded = () => request.result.createObjectStore("imports");
        request.onsuccess = () => {
          const transaction = request.result.transaction("imports", "readwrite");
          transaction.objectStore("imports").put({ datasetId: "gone", files: [{ name: "x.json", text: 42 }] }, "last");
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(new Error("could not write"));
        };
      }),
  );
  await page.goto("./#d=gone");
  await page.reload();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    "could not be read (file 1 is not a name and a text); it was set aside",
  );
  await expect(page.getByTestId("graph-canvas")).toBeVisible();
  await expect(page.getByText("Loading the network…")).toBeHidden();
  const kept = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open("tangle", 1);
        request.onsuccess = () => {
          const get = request.result.transaction("imports").objectStore("imports").get("set-aside");
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(kept).toEqual({ datasetId: "gone", files: [{ name: "x.json", text: 42 }] });
  // The notice offers what was set aside, as the JSON it is.
  const download = page.waitForEvent("download");
  await page
    .getByRole("status", { name: "Notices" })
    .getByRole("button", { name: "Download the set-aside data" })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("tangle-set-aside-import.json");
  expect(JSON.parse(readFileSync(await file.path(), "utf8"))).toEqual({
    datasetId: "gone",
    files: [{ name: "x.json", text: 42 }],
  });
  expect(errors).toEqual([]);
});

test("a kept import holding deeply nested JSON does not stop the app from starting", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open("tangle", 1);
        request.onupgradeneeded = () => request.result.createObjectStore("imports");
        request.onsuccess = () => {
          const transaction = request.result.transaction("imports", "readwrite");
          transaction.objectStore("imports").put({ datasetId: "deep", files: [{ name: "deep.json", text }] }, "last");
          transaction.oncomplete = () => resolve();
        };
      }),
    "[".repeat(200_000),
  );
  await page.goto("./#d=deep");
  await page.reload();
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("could not be read again");
  await expect(page.getByTestId("graph-canvas")).toBeVisible();
  expect(errors).toEqual([]);
});
