// The printed handout: hidden on screen, shown by the print stylesheet. One block per step with
// the step's graph, its words, what its claims are, and their sources; all sources at the end.
// Everything is React text: nothing from the data is ever rendered as HTML.
import type { Dataset, Source, Story } from "../../model";
import { formatPartialDate, formatPeriod } from "../format/dates";
import type { HandoutContent } from "../../state";

export interface HandoutProps {
  dataset: Dataset;
  story: Story;
  content: HandoutContent;
  images: readonly string[];
  hideUnconfirmed: boolean;
}

const sourceMeta = (source: Source, locators: readonly string[] = []): string =>
  [source.publisher, source.published && formatPartialDate(source.published), locators.join("; ")].filter(Boolean).join(" · ");

export function Handout({ dataset, story, content, images, hideUnconfirmed }: HandoutProps) {
  return (
    <section className="handout" role="region" aria-label="Handout">
      <header className="handout-head">
        <h1>{story.title}</h1>
        <p>
          {dataset.title}
          {dataset.asOf && ` · as of ${formatPartialDate(dataset.asOf)}`}
          {story.audience && ` · for ${story.audience}`}
        </p>
        {hideUnconfirmed && <p>Claims that are only claimed, disputed or denied are left out of this handout.</p>}
      </header>
      {content.steps.map((step, index) => (
        <article className="handout-step" key={step.id}>
          <h2>
            Step {index + 1}. <bdi>{step.title}</bdi>
          </h2>
          {step.period && <p className="handout-period">Period: {formatPeriod(step.period.from, step.period.to)}</p>}
          {images[index] && <img src={images[index]} alt={`The network in step ${index + 1}`} />}
          <p className="handout-text">{step.text}</p>
          {step.relations.length > 0 && (
            <ul className="handout-relations" aria-label="Relations in this step">
              {step.relations.map((row) => (
                <li key={row.id}>
                  {row.from} — {row.kind.toLowerCase()} {row.directed ? "→" : "—"} {row.to}
                  {row.label && <> (<bdi>{row.label}</bdi>)</>}
                  {row.also.length > 0 && ` (also: ${row.also.join(", ")})`}
                </li>
              ))}
            </ul>
          )}
          {step.citations.length > 0 && (
            <>
              <h3>Sources for this step</h3>
              <ul className="handout-citations">
                {step.citations.map((citation) => (
                  <li key={citation.source.id}>
                    <cite>{citation.source.title}</cite>
                    {sourceMeta(citation.source, citation.locators) && ` — ${sourceMeta(citation.source, citation.locators)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
      <section className="handout-sources" aria-label="All sources">
        <h2>Sources</h2>
        <ol>
          {content.sources.map((source) => (
            <li key={source.id}>
              <cite>{source.title}</cite>
              {sourceMeta(source) && ` — ${sourceMeta(source)}`}
              {source.url && <span className="handout-url"> {source.url}</span>}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
