// @vitest-environment jsdom
// The comparison of two versions names a relation by its ends, each isolated, with the arrow of
// the interface's direction: in Arabic it points right to left, at the relation's `to`.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, waitFor } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { diffDatasets } from "../../src/state/edit";
import { DiffList } from "../../src/ui/editor/DiffList";
import { I18nProvider } from "../../src/ui/i18n/I18nProvider";
import { placeholderDataset } from "../unit/fixtures";

afterEach(cleanup);

const before = placeholderDataset();
const after = { ...before, relations: before.relations.filter((relation) => relation.id !== "rel-ada-fund") };
const diff = diffDatasets(before, after);
const list = (lang: "en" | "ar") => (
  <I18nProvider lang={lang}>
    <DiffList a={before} b={after} diff={diff} labels={{ a: "v1", b: "v2" }} />
  </I18nProvider>
);

it("names a removed relation 'Ada Example → Example Fund' in English and with ← in Arabic, the names isolated", async () => {
  const { rerender } = render(list("en"));
  const removed = document.querySelector("li.diff-removed")!;
  expect(removed).toHaveTextContent("Ada Example → Example Fund");
  expect([...removed.querySelectorAll("bdi")].map((bdi) => bdi.textContent)).toEqual(["Ada Example", "Example Fund"]);
  rerender(list("ar"));
  await waitFor(
    () => expect(document.querySelector("li.diff-removed")).toHaveTextContent("Ada Example ← Example Fund"),
    {
      timeout: 5000,
    },
  );
  expect(document.documentElement).toHaveAttribute("dir", "rtl");
});
