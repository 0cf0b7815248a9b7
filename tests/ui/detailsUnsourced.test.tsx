// @vitest-environment jsdom
// The details panel on what a reader could mistake: a relation without any evidence, and figures
// that are rates or counts.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/model";
import { applyFilters, DEFAULT_FILTERS } from "../../src/state";
import { datasetLookup } from "../../src/model";
import { DetailsPanel } from "../../src/ui/details/DetailsPanel";
import { placeholderDataset } from "../unit/fixtures";
import { UNSOURCED_ID, unsourcedDataset } from "../unit/unsourcedFixture";

afterEach(cleanup);

function renderRelation(dataset: Dataset, id: string) {
  const filtered = applyFilters(dataset, DEFAULT_FILTERS);
  render(
    <DetailsPanel
      selection={{ type: "relation", id }}
      lookup={datasetLookup(dataset)}
      visibleRelations={filtered.relations}
      shownClaims={filtered.claims}
      onSelect={vi.fn()}
    />,
  );
  return screen.getByRole("complementary", { name: "Details" });
}

it("says plainly that an unsourced relation has no claim and no source, and names the file it came from as its origin", () => {
  const panel = renderRelation(unsourcedDataset(), UNSOURCED_ID);
  const notice = within(panel).getByRole("region", { name: "No evidence" });
  expect(notice).toHaveTextContent("Unsourced");
  expect(notice).toHaveTextContent("This relation has no claim and no source");
  expect(notice).toHaveTextContent(
    "It came from the imported file “network.gexf” (GEXF). That file is where the data came from, not a source for it.",
  );
  expect(within(panel).queryByText(/Reported|Confirmed/)).toBeNull();
  expect(within(panel).queryByRole("list", { name: "Sources" })).toBeNull();
});

it("does not mention an origin when the dataset was not imported", () => {
  const dataset = unsourcedDataset();
  delete dataset.origin;
  const panel = renderRelation(dataset, UNSOURCED_ID);
  expect(within(panel).getByRole("region", { name: "No evidence" })).not.toHaveTextContent("imported file");
});

it("reads rates and counts as people say them", () => {
  const dataset = placeholderDataset();
  const claim = dataset.relations[0]!.claims[0]!;
  claim.quantities = [
    { value: 48, unit: "people", about: "interviewed by Reuters" },
    { value: 20, max: 30, unit: "USD", per: { unit: "fighter", period: "month" } },
    { value: 6_000_000, unit: "USD", qualifier: "at least" },
  ];
  const panel = renderRelation(dataset, dataset.relations[0]!.id);
  const figures = within(panel).getByRole("list", { name: "Figures" });
  expect(
    within(figures)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual(["48 people interviewed by Reuters", "$20–30 per fighter per month", "at least $6 million"]);
});

it("lists what the file brought with a relation (weight and attributes) as plain text, markup and all", () => {
  const dataset = unsourcedDataset();
  const relation = dataset.relations.find((candidate) => candidate.id === UNSOURCED_ID)!;
  relation.weight = 2.5;
  relation.attributes = { modularity_class: 3, note: "<b>not bold</b>" };
  const panel = renderRelation(dataset, UNSOURCED_ID);
  const section = within(panel).getByRole("region", { name: "From the file" });
  expect(section).toHaveTextContent("weight2.5modularity_class3note<b>not bold</b>");
  expect(section.querySelector("b")).toBeNull();
});
