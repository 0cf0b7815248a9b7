// Likely duplicate actors (same name keys as the search), each with a merge that keeps everything.
// Looked for on demand, and at once after a file was brought in (then the section opens with them).
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { mergeActors, suggestDuplicates, type DuplicateSuggestion, type Edit } from "../../state/edit";
import { useT } from "../i18n/I18nProvider";
import { IssueLines } from "../i18n/issueText";
import type { Translate } from "../i18n/translator";
import { Message } from "./Message";

/** The state layer's English reasons ("same name (a / b)"), their words in the interface language. */
const REASONS = [
  ["same name up to spelling", "spelling"],
  ["same consonants (a transliteration?)", "consonants"],
  ["same name", "name"],
] as const;

function reasonText(t: Translate, reason: string): string {
  const known = REASONS.find(([english]) => reason.startsWith(english));
  return known ? t("editor.duplicates.reason", { reason: known[1] }) + reason.slice(known[0].length) : reason;
}

export function DuplicatesSection({
  dataset,
  apply,
  suggested,
}: {
  dataset: Dataset;
  apply: (edit: Edit) => Issue[];
  suggested?: DuplicateSuggestion[];
}) {
  const t = useT();
  const [found, setFound] = useState<DuplicateSuggestion[] | undefined>(suggested);
  const [problems, setProblems] = useState<Issue[]>([]);
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  const live = found?.filter(
    (pair) =>
      dataset.actors.some((actor) => actor.id === pair.a) && dataset.actors.some((actor) => actor.id === pair.b),
  );
  return (
    <details className="editor-section" open={suggested !== undefined && suggested.length > 0 ? true : undefined}>
      <summary>
        {live && live.length > 0 ? t("editor.duplicates.likely", { count: live.length }) : t("editor.duplicates.title")}
      </summary>
      <button type="button" onClick={() => setFound(suggestDuplicates(dataset))}>
        {t("editor.duplicates.find")}
      </button>
      {live && live.length === 0 && <p role="status">{t("editor.duplicates.none")}</p>}
      {live && live.length > 0 && (
        <ul className="editor-duplicates" aria-label={t("editor.duplicates.list")}>
          {live.map((pair) => (
            <li key={`${pair.a}+${pair.b}`}>
              <span>
                <bdi>{name(pair.a)}</bdi> / <bdi>{name(pair.b)}</bdi> <small>{reasonText(t, pair.reason)}</small>
              </span>
              <button
                type="button"
                onClick={() => {
                  const edit = mergeActors(dataset, pair.a, pair.b);
                  if (edit) setProblems(apply(edit));
                }}
              >
                <Message id="editor.duplicates.merge" values={{ name: <bdi>{name(pair.a)}</bdi> }} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          <IssueLines issues={problems} />
        </p>
      )}
    </details>
  );
}
