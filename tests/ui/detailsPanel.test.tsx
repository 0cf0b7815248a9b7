// @vitest-environment jsdom
// The details panel as a researcher reads it: claims with status in words, who claims them,
// figures as people say them, dates, sources with locators, and independent-source counts.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it, vi } from "vitest";
import { applyFilters, DEFAULT_FILTERS } from "../../src/state";
import { datasetLookup } from "../../src/model/datasetLookup";
import { DetailsPanel } from "../../src/ui/details/DetailsPanel";
import { placeholderDataset } from "../unit/fixtures";

afterEach(cleanup);

const dataset = placeholderDataset();
const lookup = datasetLookup(dataset);
const filtered = applyFilters(dataset, DEFAULT_FILTERS);

function renderPanel(selection: Parameters<typeof DetailsPanel>[0]["selection"], onSelect = vi.fn()) {
  render(
    <DetailsPanel
      selection={selection}
      lookup={lookup}
      visibleRelations={filtered.relations}
      shownClaims={filtered.claims}
      onSelect={onSelect}
    />,
  );
  return screen.getByRole("complementary", { name: "Details" });
}

it("shows a relation's claim with its status, figures, dates, sources and corroboration", () => {
  const panel = renderPanel({ type: "relation", id: "rel-ada-fund" });
  expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Ada Example → funds → Example Fund");
  const claim = panel.querySelector(".claim") as HTMLElement;
  expect(claim).toHaveTextContent("Reported");
  expect(within(claim).getByRole("list", { name: "Figures" })).toHaveTextContent("at least $1,000");
  expect(claim).toHaveTextContent("When: March 2025 to December 2025");
  const sources = within(claim).getByRole("list", { name: "Sources" });
  expect(sources).toHaveTextContent("The Example Gazette — Example Press · December 2025 · paragraph 2");
  expect(sources).toHaveTextContent("Relay of the Gazette — December 2025 (relays The Example Gazette)");
  // The relay repeats the Gazette: two reports, one independent source.
  expect(claim).toHaveTextContent("1 independent source (2 reports)");
  expect(within(claim).queryByRole("link")).toBeNull();
});

it("names who claims a claimed statement, and the name opens that actor", async () => {
  const onSelect = vi.fn();
  const panel = renderPanel({ type: "relation", id: "rel-fund-militia" }, onSelect);
  const claim = panel.querySelector(".claim") as HTMLElement;
  expect(claim).toHaveTextContent("Claimed");
  await userEvent.click(within(claim).getByRole("button", { name: "Bob Sample" }));
  expect(onSelect).toHaveBeenCalledWith({ type: "actor", id: "bob-sample" });
});

it("lists an actor's relations by kind with the other actor and the strongest status", async () => {
  const onSelect = vi.fn();
  const panel = renderPanel({ type: "actor", id: "ada-example" }, onSelect);
  expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Ada Example");
  expect(panel).toHaveTextContent("Also: آدا");
  const funds = within(panel).getByRole("region", { name: "Funds" });
  expect(funds).toHaveTextContent("→ Example Fund");
  expect(funds).toHaveTextContent("Reported");
  const allied = within(panel).getByRole("region", { name: "Allied with" });
  expect(allied).toHaveTextContent("— Bob Sample");
  expect(allied).toHaveTextContent("Disputed");
  await userEvent.click(within(funds).getByRole("button", { name: /Funds to Example Fund: show claims/ }));
  expect(onSelect).toHaveBeenCalledWith({ type: "relation", id: "rel-ada-fund" });
});
