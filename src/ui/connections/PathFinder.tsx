// "How are these two connected, and how sure are we?" Two actor pickers, options, the paths.
import { useState } from "react";
import type { ActorSearchIndex, PathResult } from "../../analysis";
import type { PathQuery, Selection } from "../../state";
import { actorName, type DatasetLookup } from "../../model";
import { SearchBox } from "../search/SearchBox";
import { PathChain } from "./PathChain";
import { useT } from "../i18n/I18nProvider";

export interface PathFinderProps {
  index: ActorSearchIndex | undefined;
  lookup: DatasetLookup;
  query: PathQuery | undefined;
  result: PathResult | undefined;
  onQuery: (query: PathQuery | undefined) => void;
  onSelect: (selection: Selection) => void;
  /** Start actor suggested by "Find paths from here". */
  initialFrom?: string;
}

function ActorPicker({
  label,
  searchLabel,
  index,
  lookup,
  value,
  onPick,
}: {
  label: string;
  searchLabel: string;
  index: ActorSearchIndex | undefined;
  lookup: DatasetLookup;
  value: string | undefined;
  onPick: (id: string) => void;
}) {
  const [text, setText] = useState(value ? actorName(lookup, value) : "");
  return (
    <div className="actor-picker">
      <span className="picker-label" aria-hidden="true">
        {label}
      </span>
      <SearchBox
        index={index}
        query={text}
        label={searchLabel}
        onQuery={setText}
        onPick={(id) => {
          setText(actorName(lookup, id));
          onPick(id);
        }}
      />
    </div>
  );
}

export function PathFinder({ index, lookup, query, result, onQuery, onSelect, initialFrom }: PathFinderProps) {
  const t = useT();
  const [from, setFrom] = useState(initialFrom ?? query?.from);
  const [to, setTo] = useState(query?.to);
  const options = { factsOnly: query?.factsOnly ?? false, ignoreDirection: query?.ignoreDirection ?? false };
  const run = (next: { from?: string; to?: string; factsOnly?: boolean; ignoreDirection?: boolean }) => {
    const merged = { from, to, ...options, ...next };
    if (merged.from && merged.to)
      onQuery({
        from: merged.from,
        to: merged.to,
        factsOnly: merged.factsOnly,
        ignoreDirection: merged.ignoreDirection,
      });
  };
  return (
    <section className="path-finder" aria-labelledby="path-finder-title">
      <h2 id="path-finder-title">{t("paths.title")}</h2>
      <ActorPicker
        label={t("paths.from")}
        searchLabel={t("paths.fromSearch")}
        index={index}
        lookup={lookup}
        value={from}
        onPick={(id) => {
          setFrom(id);
          run({ from: id });
        }}
      />
      <ActorPicker
        label={t("paths.to")}
        searchLabel={t("paths.toSearch")}
        index={index}
        lookup={lookup}
        value={to}
        onPick={(id) => {
          setTo(id);
          run({ to: id });
        }}
      />
      <label className="inline">
        <input type="checkbox" checked={options.factsOnly} onChange={() => run({ factsOnly: !options.factsOnly })} />{" "}
        {t("paths.factsOnly")}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={options.ignoreDirection}
          onChange={() => run({ ignoreDirection: !options.ignoreDirection })}
        />{" "}
        {t("paths.ignoreDirection")}
      </label>
      {query && (
        <button type="button" className="link-button small" onClick={() => onQuery(undefined)}>
          {t("paths.clear")}
        </button>
      )}
      <div aria-live="polite">
        {result?.kind === "none" && (
          <div className="path-none">
            <p>{result.reason}.</p>
            {result.alternative && (
              <p>
                {result.alternative.description}.{" "}
                <button
                  type="button"
                  onClick={() =>
                    run({
                      factsOnly: result.alternative?.options.factsOnly ?? false,
                      ignoreDirection: result.alternative?.options.ignoreDirection ?? false,
                    })
                  }
                >
                  {t("paths.showIt")}
                </button>
              </p>
            )}
          </div>
        )}
        {result?.kind === "found" && (
          <>
            <p className="path-count">{t("paths.found", { count: result.paths.length, steps: result.length })}</p>
            <ol className="paths">
              {result.paths.map((path, position) => (
                <PathChain
                  key={path.hops.map((hop) => hop.relationId).join(">")}
                  path={path}
                  lookup={lookup}
                  index={position}
                  onSelect={onSelect}
                />
              ))}
            </ol>
            {result.nextShortest.length > 0 && (
              <details className="next-shortest">
                <summary>{t("paths.longer", { count: result.nextShortest.length })}</summary>
                <ol className="paths">
                  {result.nextShortest.map((path, position) => (
                    <PathChain
                      key={path.hops.map((hop) => hop.relationId).join(">")}
                      path={path}
                      lookup={lookup}
                      index={result.paths.length + position}
                      onSelect={onSelect}
                    />
                  ))}
                </ol>
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}
