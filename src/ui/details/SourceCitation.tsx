import type { Source, SourceRef } from "../../model";
import { formatPartialDate } from "../format/dates";

/** One source reference: title, publisher, date, locator; a link only when the data has a URL. */
export function SourceCitation({ reference, sources }: { reference: SourceRef; sources: ReadonlyMap<string, Source> }) {
  const source = sources.get(reference.source);
  if (!source) return <li>Unknown source {reference.source}</li>;
  const relayed = source.relays ? sources.get(source.relays) : undefined;
  const meta = [source.publisher, source.published && formatPartialDate(source.published), reference.locator].filter(Boolean).join(" · ");
  return (
    <li className="source-citation">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <bdi>{source.title}</bdi>
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {meta && <span className="source-meta"> — {meta}</span>}
      {relayed && <span className="source-relay"> (relays <bdi>{relayed.title}</bdi>)</span>}
    </li>
  );
}
