// @vitest-environment jsdom
// The provider sets <html lang dir> and swaps the catalogue when the language changes.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { I18nProvider, useT } from "../../src/ui/i18n/I18nProvider";

afterEach(cleanup);

function Probe() {
  const t = useT();
  return <p>{t("table.rows", { count: 5 })}</p>;
}

it("renders English, then Arabic right to left, then Ukrainian", async () => {
  const { rerender } = render(
    <I18nProvider lang="en">
      <Probe />
    </I18nProvider>,
  );
  expect(screen.getByText("5 rows")).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute("lang", "en");
  expect(document.documentElement).toHaveAttribute("dir", "ltr");
  rerender(
    <I18nProvider lang="ar">
      <Probe />
    </I18nProvider>,
  );
  // The catalogue is a dynamic import: slow when the whole suite runs on two shared cores.
  expect(await screen.findByText(/^(5|٥) صفوف$/, {}, { timeout: 5000 })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute("dir", "rtl");
  rerender(
    <I18nProvider lang="uk">
      <Probe />
    </I18nProvider>,
  );
  expect(await screen.findByText("5 рядків", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute("lang", "uk");
  expect(document.documentElement).toHaveAttribute("dir", "ltr");
});
