// One source reference: title, publisher, date, locator; a link only when the data has a URL.
// The item follows the interface's direction (its bullet stays inside the card in Arabic); each
// piece of data in it is an isolate in the dataset's language, each word of the interface is not.
import { Fragment } from "react";
import type { Source, SourceRef } from "../../model";
import { formatPartialDate } from "../format/dates";
import { useT } from "../i18n/I18nProvider";

export function SourceCitation({
  reference,
  sources,
  lang,
}: {
  reference: SourceRef;
  sources: ReadonlyMap<string, Source>;
  lang?: string;
}) {
  const t = useT();
  const source = sources.get(reference.source);
  if (!source) return <li>{t("source.unknown", { id: reference.source })}</li>;
  const relayed = source.relays ? sources.get(source.relays) : undefined;
  // Publisher and locator are the data's words; the date is written in the interface's language.
  const meta = [
    source.publisher && { text: source.publisher, lang },
    source.published && { text: formatPartialDate(source.published, t), lang: t.lang },
    reference.locator && { text: reference.locator, lang },
  ].filter((part): part is { text: string; lang: string | undefined } => Boolean(part));
  return (
    <li className="source-citation">
      <bdi lang={lang}>
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
      </bdi>
      {meta.length > 0 && (
        <span className="source-meta">
          {" — "}
          {meta.map((part, index) => (
            <Fragment key={index}>
              {index > 0 && " · "}
              <bdi lang={part.lang}>{part.text}</bdi>
            </Fragment>
          ))}
        </span>
      )}
      {relayed && (
        <span className="source-relay">
          {" "}
          {/* Its own isolate in the interface's direction: the brackets close around the Arabic words too. */}
          <bdi lang={t.lang}>
            ({t("source.relays")} <bdi lang={lang}>{relayed.title}</bdi>)
          </bdi>
        </span>
      )}
    </li>
  );
}
