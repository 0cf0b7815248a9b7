// @vitest-environment jsdom
// The printed handout as a class reads it: each step's heading, text, relations with their
// classroom labels and the sources behind them, then every source once.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { datasetLookup, type Story } from "../../src/model";
import { handoutContent } from "../../src/state";
import { Handout } from "../../src/ui/story/Handout";
import { placeholderDataset } from "../unit/fixtures";

afterEach(cleanup);

const contested: Story = {
  id: "contested",
  title: "Contested",
  steps: [
    {
      id: "both",
      title: "Both",
      text: "Two doubtful links.",
      focus: { actors: [], relations: ["rel-fund-militia", "rel-bob-ada"] },
    },
  ],
};

it("prints each step with its relations labelled and its sources, then all sources", () => {
  const dataset = placeholderDataset();
  const story = dataset.stories[0]!;
  render(
    <Handout
      dataset={dataset}
      story={story}
      content={handoutContent(datasetLookup(dataset), story, false)}
      images={["data:image/png;base64,AA=="]}
      hideUnconfirmed={false}
    />,
  );
  const handout = screen.getByRole("region", { name: "Handout" });
  expect(within(handout).getByRole("heading", { level: 1 })).toHaveTextContent("Who pays whom");
  expect(screen.getByRole("heading", { name: "Step 1. Meet Ada" })).toBeInTheDocument();
  expect(screen.getByRole("img", { name: "The network in step 1" })).toBeInTheDocument();
  expect(screen.queryByRole("img", { name: "The network in step 2" })).toBeNull();
  expect(screen.getByText("Money flows from Ada to the militia.")).toBeInTheDocument();
  const all = within(screen.getByRole("region", { name: "All sources" }));
  expect(all.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
    "The Example Gazette — Example Press · December 2025",
    "Relay of the Gazette — December 2025",
  ]);
});

it("labels doubtful claims in words, and says when they are left out", () => {
  const dataset = placeholderDataset();
  const lookup = datasetLookup(dataset);
  render(
    <Handout
      dataset={dataset}
      story={contested}
      content={handoutContent(lookup, contested, false)}
      images={[]}
      hideUnconfirmed={false}
    />,
  );
  const relations = within(screen.getByRole("list", { name: "Relations in this step" })).getAllByRole("listitem");
  expect(relations.map((item) => item.textContent)).toEqual([
    expect.stringContaining("(Claimed, not verified)"),
    expect.stringContaining("(Disputed)"),
  ]);
  cleanup();
  render(
    <Handout
      dataset={dataset}
      story={contested}
      content={handoutContent(lookup, contested, true)}
      images={[]}
      hideUnconfirmed
    />,
  );
  expect(
    screen.getByText("Claims that are only claimed, disputed or denied are left out of this handout."),
  ).toBeInTheDocument();
  expect(screen.queryByRole("list", { name: "Relations in this step" })).toBeNull();
});
