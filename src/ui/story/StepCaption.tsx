// The step's title and text in large type; read out by screen readers as each step arrives.
import type { StepCaption as Caption } from "../../state";
import { useT } from "../i18n/I18nProvider";
import { formatPeriod } from "../format/dates";

export function StepCaption({ caption, lang }: { caption: Caption; lang: string | undefined }) {
  const t = useT();
  return (
    <section className="story-caption" role="region" aria-label={t("presenter.caption")} aria-live="polite">
      <h2 className="story-caption-title" lang={lang} dir="auto">
        {caption.title}
      </h2>
      {caption.period && (
        <p className="story-caption-period" data-testid="step-period">
          {t("story.period", { period: formatPeriod(caption.period.from, caption.period.to, t) })}
        </p>
      )}
      <p className="story-caption-text" lang={lang} dir="auto">
        {caption.text}
      </p>
    </section>
  );
}
