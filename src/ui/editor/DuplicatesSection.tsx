// Likely duplicate actors (same name keys as the search), each with a merge that keeps everything.
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { mergeActors, suggestDuplicates, type DuplicateSuggestion, type Edit } from "../../state/edit";

export function DuplicatesSection({ dataset, apply }: { dataset: Dataset; apply: (edit: Edit) => Issue[] }) {
  const [found, setFound] = useState<DuplicateSuggestion[] | undefined>();
  const [problems, setProblems] = useState<Issue[]>([]);
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  const live = found?.filter((pair) => dataset.actors.some((actor) => actor.id === pair.a) && dataset.actors.some((actor) => actor.id === pair.b));
  return (
    <details className="editor-section">
      <summary>Duplicates</summary>
      <button type="button" onClick={() => setFound(suggestDuplicates(dataset))}>
        Find likely duplicates
      </button>
      {live && live.length === 0 && <p role="status">No likely duplicates.</p>}
      {live && live.length > 0 && (
        <ul className="editor-duplicates" aria-label="Likely duplicates">
          {live.map((pair) => (
            <li key={`${pair.a}+${pair.b}`}>
              <span>
                {name(pair.a)} / {name(pair.b)} <small>{pair.reason}</small>
              </span>
              <button
                type="button"
                onClick={() => {
                  const edit = mergeActors(dataset, pair.a, pair.b);
                  if (edit) setProblems(apply(edit));
                }}
              >
                Merge into {name(pair.a)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          {problems.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}
        </p>
      )}
    </details>
  );
}
