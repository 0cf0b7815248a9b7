// The printed handout: hidden on screen, shown by the print stylesheet. One block per step with
// the step's graph, its words, what its claims are, and their sources; all sources at the end.
// Everything is React text: nothing from the data is ever rendered as HTML.
import type { Dataset, Source, Story } from "../../model";
import { formatPartialDate, formatPeriod } from "../format/dates";
import type { HandoutContent } from "../../state";
import { useT } from "../i18n/I18nProvider";
import { classroomText } from "../i18n/statusText";
import type { Translate } from "../i18n/translator";

export interface HandoutProps {
  dataset: Dataset;
  story: Story;
  content: HandoutContent;
  images: readonly string[];
  hideUnconfirmed: boolean;
}

const sourceMeta = (t: Translate, source: Source, locators: readonly string[] = []): string =>
  [source.publisher, source.published && formatPartialDate(source.published, t), locators.join("; ")]
    .filter(Boolean)
    .join(" · ");

export function Handout({ dataset, story, content, images, hideUnconfirmed }: HandoutProps) {
  const t = useT();
  const lang = dataset.language;
  return (
    <section className="handout" role="region" aria-label={t("handout.label")}>
      <header className="handout-head">
        <h1 lang={lang} dir="auto">
          {story.title}
        </h1>
        <p>
          <span lang={lang} dir="auto">
            {dataset.title}
          </span>
          {dataset.asOf && ` · ${t("handout.asOf", { date: formatPartialDate(dataset.asOf, t) })}`}
          {story.audience && (
            <>
              {` · ${t("handout.for")} `}
              <span lang={lang} dir="auto">
                {story.audience}
              </span>
            </>
          )}
        </p>
        {hideUnconfirmed && <p>{t("handout.leftOut")}</p>}
      </header>
      {content.steps.map((step, index) => (
        <article className="handout-step" key={step.id}>
          <h2>
            {t("handout.step", { number: index + 1 })}{" "}
            <bdi lang={lang} dir="auto">
              {step.title}
            </bdi>
          </h2>
          {step.period && (
            <p className="handout-period">
              {t("story.period", { period: formatPeriod(step.period.from, step.period.to, t) })}
            </p>
          )}
          {images[index] && <img src={images[index]} alt={t("handout.image", { number: index + 1 })} />}
          <p className="handout-text" lang={lang} dir="auto">
            {step.text}
          </p>
          {step.relations.length > 0 && (
            <ul className="handout-relations" aria-label={t("handout.relations")}>
              {step.relations.map((row) => (
                <li key={row.id}>
                  <span lang={lang} dir="auto">
                    {row.from} — {row.kind.toLowerCase()} {row.directed ? "→" : "—"} {row.to}
                  </span>
                  {row.label && (
                    <>
                      {" "}
                      (<bdi>{classroomText(t, row.label)}</bdi>)
                    </>
                  )}
                  {row.also.length > 0 &&
                    ` ${t("handout.also", { list: t.intl.formatList(row.also.map((label) => classroomText(t, label))) })}`}
                </li>
              ))}
            </ul>
          )}
          {step.citations.length > 0 && (
            <>
              <h3>{t("handout.stepSources")}</h3>
              <ul className="handout-citations" lang={lang} dir="auto">
                {step.citations.map((citation) => (
                  <li key={citation.source.id}>
                    <cite>{citation.source.title}</cite>
                    {sourceMeta(t, citation.source, citation.locators) &&
                      ` — ${sourceMeta(t, citation.source, citation.locators)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
      <section className="handout-sources" aria-label={t("handout.allSources")}>
        <h2>{t("claim.sources")}</h2>
        <ol lang={lang} dir="auto">
          {content.sources.map((source) => (
            <li key={source.id}>
              <cite>{source.title}</cite>
              {sourceMeta(t, source) && ` — ${sourceMeta(t, source)}`}
              {source.url && <span className="handout-url"> {source.url}</span>}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
