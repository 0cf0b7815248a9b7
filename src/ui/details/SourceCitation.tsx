import type { Source, SourceRef } from "../../model";
import { formatPartialDate } from "../format/dates";
import { useT } from "../i18n/I18nProvider";

/** One source reference: title, publisher, date, locator; a link only when the data has a URL. */
export function SourceCitation({ reference, sources, lang }: { reference: SourceRef; sources: ReadonlyMap<string, Source>; lang?: string }) {
  const t = useT();
  const source = sources.get(reference.source);
  if (!source) return <li>{t("source.unknown", { id: reference.source })}</li>;
  const relayed = source.relays ? sources.get(source.relays) : undefined;
  const meta = [source.publisher, source.published && formatPartialDate(source.published, t), reference.locator].filter(Boolean).join(" · ");
  return (
    <li className="source-citation" lang={lang} dir="auto">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <bdi>{source.title}</bdi>
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {meta && <span className="source-meta"> — {meta}</span>}
      {relayed && (
        <span className="source-relay">
          {" "}
          ({t("source.relays")} <bdi>{relayed.title}</bdi>)
        </span>
      )}
    </li>
  );
}
