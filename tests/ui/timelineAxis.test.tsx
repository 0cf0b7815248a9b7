// @vitest-environment jsdom
// The timeline's axis names years and month initials in the reader's language.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, expect, it } from "vitest";
import { TimelineAxis } from "../../src/ui/timeline/TimelineAxis";
import { I18nProvider } from "../../src/ui/i18n/I18nProvider";

afterEach(cleanup);

const ticks = [
  { day: 0, date: "2025", major: true },
  { day: 59, date: "2025-03", major: false },
];

const axis = (lang: "en" | "uk") => (
  <I18nProvider lang={lang}>
    <TimelineAxis ticks={ticks} plot={createRef()} fractionOf={(day) => day / 365} />
  </I18nProvider>
);

it("writes March as M in English and Б (березень) in Ukrainian, the year in both", async () => {
  const { rerender } = render(axis("en"));
  const plot = screen.getByTestId("timeline-axis");
  expect([...plot.children].map((tick) => tick.textContent)).toEqual(["2025", "M"]);
  rerender(axis("uk"));
  expect(await screen.findByText("Б", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByText("2025")).toHaveClass("tl-tick-major");
});
