// @vitest-environment jsdom
// The toolbar offers the file's layout, colours and sizes and the weighted degree only when the
// dataset has them; the details show the weighted degree when relations carry weights.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import type { ActorMetrics } from "../../src/analysis";
import { MetricsSection } from "../../src/ui/connections/MetricsSection";
import { GraphToolbar } from "../../src/ui/graph/GraphToolbar";

afterEach(cleanup);

const toolbar = (
  offer: { layout: boolean; colours: boolean; sizes: boolean; weights: boolean },
  layout: "force" | "file" = "force",
) =>
  render(
    <GraphToolbar
      layout={layout}
      sizeBy="none"
      colourBy="kind"
      offer={offer}
      onLayout={vi.fn()}
      onAppearance={vi.fn()}
      onFit={vi.fn()}
      onZoom={vi.fn()}
    />,
  );
const options = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole("option")
    .map((option) => option.getAttribute("value"));

it("offers the file's layout, colours, sizes and weighted degree when the dataset has them", () => {
  toolbar({ layout: true, colours: true, sizes: true, weights: true }, "file");
  expect(screen.getByRole("button", { name: "File's layout" })).toHaveAttribute("aria-pressed", "true");
  expect(options("Size by")).toEqual(["none", "degree", "strength", "betweenness", "pagerank", "file"]);
  expect(options("Colour by")).toEqual(["kind", "community", "file"]);
});

it("offers none of them for a dataset without display hints or weights", () => {
  toolbar({ layout: false, colours: false, sizes: false, weights: false });
  expect(screen.queryByRole("button", { name: "File's layout" })).toBeNull();
  expect(options("Size by")).toEqual(["none", "degree", "betweenness", "pagerank"]);
  expect(options("Colour by")).toEqual(["kind", "community"]);
});

const figures: ActorMetrics = {
  degree: 36,
  relationCount: 36,
  strength: 158,
  betweenness: 0.57,
  pagerank: 0.075,
  closeness: 0.644,
};
const ready = { status: "ready" as const, metrics: { v: figures }, communities: { count: 1, communityOf: { v: 0 } } };

it("shows the weighted degree beside the relation count when relations carry weights", () => {
  render(<MetricsSection actorId="v" metrics={ready} weighted />);
  const terms = screen.getAllByRole("term").map((term) => term.textContent);
  expect(terms).toContain("Weighted degree");
  expect(screen.getByText("Weighted degree").nextElementSibling).toHaveTextContent("158");
  expect(screen.getByText("Relations").nextElementSibling).toHaveTextContent("36");
});

it("leaves the weighted degree out when no relation has a weight", () => {
  render(<MetricsSection actorId="v" metrics={ready} />);
  expect(screen.queryByText("Weighted degree")).toBeNull();
});
