// What the presenter lists, the handout prints and "explore freely" opens for a step, on the four-actor placeholder
// network: which relations, with which classroom labels, citing which sources.
import { describe, expect, it } from "vitest";
import type { Dataset, Story } from "../../src/model";
import { DEFAULT_STATE, stepView } from "../../src/state";
import { datasetLookup } from "../../src/model/datasetLookup";
import { exploreFromStep } from "../../src/state/story/exploreFrom";
import { buildGraph } from "../../src/model";
import { handoutContent } from "../../src/state/story/handoutContent";
import { stepRelationRows } from "../../src/state/story/stepRelations";
import { shownElements } from "../../src/state/story/shownElements";
import { placeholderDataset } from "./fixtures";

const intro = (dataset: Dataset): Story => dataset.stories[0]!;

/** rel-fund-militia has one "claimed" claim, rel-bob-ada one "disputed" claim. */
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

describe("stepRelationRows", () => {
  it("labels claims that are not findings, and drops relations whose claims are all hidden", () => {
    const dataset = placeholderDataset();
    const lookup = datasetLookup(dataset);
    const rows = stepRelationRows(lookup, stepView(dataset, contested, 0, { hideUnconfirmed: false }));
    expect(rows.map((row) => [row.id, row.label, row.directed])).toEqual([
      ["rel-fund-militia", "Claimed, not verified", true],
      ["rel-bob-ada", "Disputed", false],
    ]);
    expect(stepRelationRows(lookup, stepView(dataset, contested, 0, { hideUnconfirmed: true }))).toEqual([]);
  });

  it("names a weaker claim beside a finding instead of labelling the relation", () => {
    const dataset = placeholderDataset();
    const adaFund = dataset.relations.find((relation) => relation.id === "rel-ada-fund")!;
    adaFund.claims.push({ ...adaFund.claims[0]!, id: "cl-denial", status: "denied" });
    const rows = stepRelationRows(
      datasetLookup(dataset),
      stepView(dataset, intro(dataset), 1, { hideUnconfirmed: false }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: "rel-ada-fund", kind: "Funds", label: undefined, also: ["Denied"] });
  });
});

describe("shownElements", () => {
  it("fades the rest when nothing is hidden and hides it when a status is", () => {
    const dataset = placeholderDataset();
    const open = shownElements(stepView(dataset, contested, 0, { hideUnconfirmed: false }));
    expect(open.mode).toBe("fade");
    expect([...open.visible.relations]).toEqual(["rel-fund-militia", "rel-bob-ada"]);
    const strict = shownElements(stepView(dataset, contested, 0, { hideUnconfirmed: true }));
    expect(strict.mode).toBe("hide");
    expect([...strict.visible.relations]).toEqual([]);
  });
});

describe("handoutContent", () => {
  it("cites per step only the sources of the claims shown, grouped by source, and lists them all at the end", () => {
    const dataset = placeholderDataset();
    const content = handoutContent(datasetLookup(dataset), intro(dataset), false);
    expect(content.steps.map((step) => step.title)).toEqual(["Meet Ada", "The money"]);
    // Step 1 focuses one actor and no relation: nothing to cite.
    expect(content.steps[0]!.citations).toEqual([]);
    // Step 2 hides "claimed": rel-fund-militia (gazette, paragraph 3) is out; rel-ada-fund cites both.
    expect(content.steps[1]!.citations.map((citation) => [citation.source.id, citation.locators])).toEqual([
      ["src-gazette", ["paragraph 2"]],
      ["src-relay", []],
    ]);
    expect(content.steps[1]!.relations.map((row) => row.id)).toEqual(["rel-ada-fund"]);
    expect(content.sources.map((source) => source.id)).toEqual(["src-gazette", "src-relay"]);
  });

  it("gathers several places in one source, and cites nothing for hidden claims", () => {
    const dataset = placeholderDataset();
    const lookup = datasetLookup(dataset);
    const open = handoutContent(lookup, contested, false);
    expect(open.steps[0]!.citations.map((citation) => [citation.source.id, citation.locators])).toEqual([
      ["src-gazette", ["paragraph 3"]],
      ["src-relay", ["paragraph 4"]],
    ]);
    const strict = handoutContent(lookup, contested, true);
    expect(strict.steps[0]!.citations).toEqual([]);
    expect(strict.sources).toEqual([]);
  });
});

describe("exploreFromStep", () => {
  it("leaves the story on the busiest actor's neighbourhood with the step's hidden statuses still hidden", () => {
    const dataset = placeholderDataset();
    const around: Story = {
      id: "around",
      title: "Around Ada",
      steps: [
        {
          id: "ada",
          title: "Ada",
          text: "Ada.",
          focus: { actors: [], relations: ["rel-ada-fund", "rel-bob-ada"] },
          hideStatuses: ["denied"],
        },
      ],
    };
    const view = stepView(dataset, around, 0, { hideUnconfirmed: false });
    const start = { ...DEFAULT_STATE, story: { id: "around", step: 0 } };
    const next = exploreFromStep(start, buildGraph(dataset), view);
    // Ada touches both relations, Fund and Bob one each.
    expect(next.focus).toEqual({ actor: "ada-example", depth: 1 });
    expect(next.selection).toEqual({ type: "actor", id: "ada-example" });
    expect(next.story).toBeUndefined();
    expect(next.filters.hiddenStatuses).toEqual(["denied"]);
  });
});
