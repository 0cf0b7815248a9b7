// What a printed handout says per step: title, text and the sources behind the claims the step
// shows (hidden claims cite nothing), then every source cited once at the end.
import type { Source, Story } from "../../model";
import { stepView } from "./stepView";
import type { DatasetLookup } from "../../model";
import { stepRelationRows, type StepRelationRow } from "./stepRelations";

/** One source of a step, with every place in it that the step's claims point to. */
export interface HandoutCitation {
  source: Source;
  locators: string[];
}

export interface HandoutStep {
  id: string;
  title: string;
  text: string;
  /** The step's period, when it sets one. */
  period?: { from?: string; to?: string };
  relations: StepRelationRow[];
  citations: HandoutCitation[];
}

export interface HandoutContent {
  steps: HandoutStep[];
  /** Every source cited by some step, in the order first cited. */
  sources: Source[];
}

export function handoutContent(lookup: DatasetLookup, story: Story, hideUnconfirmed: boolean): HandoutContent {
  const { dataset, sources } = lookup;
  const cited = new Map<string, Source>();
  const steps = story.steps.map((step, index): HandoutStep => {
    const view = stepView(dataset, story, index, { hideUnconfirmed });
    const bySource = new Map<string, HandoutCitation>();
    for (const relationId of view.focusRelations) {
      for (const claim of view.visibleClaims(relationId)) {
        for (const reference of claim.sources) {
          const source = sources.get(reference.source);
          if (!source) continue;
          cited.set(source.id, source);
          const citation = bySource.get(source.id) ?? { source, locators: [] };
          bySource.set(source.id, citation);
          if (reference.locator !== undefined && !citation.locators.includes(reference.locator))
            citation.locators.push(reference.locator);
        }
      }
    }
    const citations = [...bySource.values()];
    return {
      id: step.id,
      title: view.caption.title,
      text: view.caption.text,
      period: view.caption.period,
      relations: stepRelationRows(lookup, view),
      citations,
    };
  });
  return { steps, sources: [...cited.values()] };
}
