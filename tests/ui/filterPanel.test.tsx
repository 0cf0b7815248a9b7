// @vitest-environment jsdom
// Legend and filters: each entry is a labelled checkbox with shown/total counts.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, expect, it } from "vitest";
import { applyFilters, DEFAULT_FILTERS, type Filters } from "../../src/state";
import { filterCounts } from "../../src/state/filterCounts";
import { FilterPanel } from "../../src/ui/filters/FilterPanel";
import { placeholderDataset } from "../unit/fixtures";

afterEach(cleanup);

const dataset = placeholderDataset();

function Harness() {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const result = applyFilters(dataset, filters);
  return (
    <>
      <output aria-label="shown relations">{[...result.relations].join(",")}</output>
      <FilterPanel dataset={dataset} filters={filters} counts={filterCounts(dataset, result)} onChange={setFilters} />
    </>
  );
}

it("'Confirmed and reported only' keeps only factual relations, and Reset brings all back", async () => {
  render(<Harness />);
  const shown = screen.getByRole("status", { name: "shown relations" });
  expect(shown).toHaveTextContent("rel-ada-fund,rel-fund-militia,rel-bob-ada");
  await userEvent.click(screen.getByRole("button", { name: "Confirmed and reported only" }));
  expect(shown).toHaveTextContent(/^rel-ada-fund$/);
  const claimed = screen.getByRole("checkbox", { name: /Claimed/ });
  expect(claimed).not.toBeChecked();
  // The claimed claim's count now reads 0 shown of 1.
  expect(claimed.closest("label")).toHaveTextContent(/Claimed\s*0\/1$/);
  await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
  expect(shown).toHaveTextContent("rel-ada-fund,rel-fund-militia,rel-bob-ada");
  expect(screen.getByRole("button", { name: "Reset filters" })).toBeDisabled();
});

it("unticking an actor kind hides its actors' relations; a bad date says how to write it", async () => {
  render(<Harness />);
  await userEvent.click(screen.getByRole("checkbox", { name: /Organisation/ }));
  expect(screen.getByRole("status", { name: "shown relations" })).toHaveTextContent(/^rel-bob-ada$/);
  await userEvent.type(screen.getByRole("textbox", { name: /From/ }), "2025-13");
  expect(screen.getByText("Use 2025, 2025-03 or 2025-03-08")).toBeInTheDocument();
});

it("says when the graph's colours are not the kinds' and draws the kind swatches in one grey", () => {
  const result = applyFilters(dataset, DEFAULT_FILTERS);
  const counts = filterCounts(dataset, result);
  const fills = () =>
    [...screen.getByRole("group", { name: "Actors" }).querySelectorAll("svg.swatch path")].map((path) =>
      path.getAttribute("fill"),
    );
  const { rerender } = render(
    <FilterPanel dataset={dataset} filters={DEFAULT_FILTERS} counts={counts} onChange={() => {}} />,
  );
  expect(screen.queryByText(/colours are the file's own/)).not.toBeInTheDocument();
  expect(new Set(fills()).size).toBeGreaterThan(1);
  rerender(
    <FilterPanel dataset={dataset} filters={DEFAULT_FILTERS} counts={counts} onChange={() => {}} colourBy="file" />,
  );
  expect(screen.getByText("Shapes show the kind; colours are the file's own.")).toBeInTheDocument();
  expect(new Set(fills())).toEqual(new Set(["#8a8f98"]));
  rerender(
    <FilterPanel
      dataset={dataset}
      filters={DEFAULT_FILTERS}
      counts={counts}
      onChange={() => {}}
      colourBy="community"
    />,
  );
  expect(screen.getByText("Shapes show the kind; colours show communities.")).toBeInTheDocument();
});
