// "How are these two connected, and how sure are we?" Two actor pickers, options, the paths.
import { useState } from "react";
import type { ActorSearchIndex, PathResult } from "../../analysis";
import type { PathQuery, Selection } from "../../state";
import { actorName, type DatasetLookup } from "../../model";
import { SearchBox } from "../search/SearchBox";
import { PathChain } from "./PathChain";

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

function ActorPicker({ label, index, lookup, value, onPick }: { label: string; index: ActorSearchIndex | undefined; lookup: DatasetLookup; value: string | undefined; onPick: (id: string) => void }) {
  const [text, setText] = useState(value ? actorName(lookup, value) : "");
  return (
    <div className="actor-picker">
      <span className="picker-label" aria-hidden="true">{label}</span>
      <SearchBox index={index} query={text} label={`Path ${label.toLowerCase()}`} onQuery={setText} onPick={(id) => { setText(actorName(lookup, id)); onPick(id); }} />
    </div>
  );
}

export function PathFinder({ index, lookup, query, result, onQuery, onSelect, initialFrom }: PathFinderProps) {
  const [from, setFrom] = useState(initialFrom ?? query?.from);
  const [to, setTo] = useState(query?.to);
  const options = { factsOnly: query?.factsOnly ?? false, ignoreDirection: query?.ignoreDirection ?? false };
  const run = (next: { from?: string; to?: string; factsOnly?: boolean; ignoreDirection?: boolean }) => {
    const merged = { from, to, ...options, ...next };
    if (merged.from && merged.to) onQuery({ from: merged.from, to: merged.to, factsOnly: merged.factsOnly, ignoreDirection: merged.ignoreDirection });
  };
  return (
    <section className="path-finder" aria-labelledby="path-finder-title">
      <h2 id="path-finder-title">How are they connected?</h2>
      <ActorPicker label="From" index={index} lookup={lookup} value={from} onPick={(id) => { setFrom(id); run({ from: id }); }} />
      <ActorPicker label="To" index={index} lookup={lookup} value={to} onPick={(id) => { setTo(id); run({ to: id }); }} />
      <label className="inline">
        <input type="checkbox" checked={options.factsOnly} onChange={() => run({ factsOnly: !options.factsOnly })} /> only through confirmed or reported claims
      </label>
      <label className="inline">
        <input type="checkbox" checked={options.ignoreDirection} onChange={() => run({ ignoreDirection: !options.ignoreDirection })} /> ignore direction
      </label>
      {query && (
        <button type="button" className="link-button small" onClick={() => onQuery(undefined)}>
          Clear path
        </button>
      )}
      <div aria-live="polite">
        {result?.kind === "none" && (
          <div className="path-none">
            <p>{result.reason}.</p>
            {result.alternative && (
              <p>
                {result.alternative.description}.{" "}
                <button type="button" onClick={() => run({ factsOnly: result.alternative?.options.factsOnly ?? false, ignoreDirection: result.alternative?.options.ignoreDirection ?? false })}>
                  Show it
                </button>
              </p>
            )}
          </div>
        )}
        {result?.kind === "found" && (
          <>
            <p className="path-count">
              {result.paths.length} shortest path{result.paths.length === 1 ? "" : "s"} of {result.length} step{result.length === 1 ? "" : "s"}
            </p>
            <ol className="paths">
              {result.paths.map((path, position) => (
                <PathChain key={path.hops.map((hop) => hop.relationId).join(">")} path={path} lookup={lookup} index={position} onSelect={onSelect} />
              ))}
            </ol>
            {result.nextShortest.length > 0 && (
              <details className="next-shortest">
                <summary>{result.nextShortest.length} longer path{result.nextShortest.length === 1 ? "" : "s"} (one step more)</summary>
                <ol className="paths">
                  {result.nextShortest.map((path, position) => (
                    <PathChain key={path.hops.map((hop) => hop.relationId).join(">")} path={path} lookup={lookup} index={result.paths.length + position} onSelect={onSelect} />
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
