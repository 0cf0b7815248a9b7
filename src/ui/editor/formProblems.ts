// Issues of a refused edit, split for a form: those under the edited item keyed by field, and the rest.
import type { Issue } from "../../model";
import { issuesByField } from "../../state/edit";
import { isolate, issueLine, issueText } from "../i18n/issueText";
import type { Translate } from "../i18n/translator";

export interface FormProblems {
  at: (field: string) => string[] | undefined;
  /** Problems of fields whose path starts with `prefix` ("sources" → every sources[i].…). */
  under: (prefix: string) => string[];
  other: string[];
}

export const NO_PROBLEMS: FormProblems = { at: () => undefined, under: () => [], other: [] };

/** The problems in the interface language; field names and paths are data, isolated in the text. */
export function formProblems(issues: readonly Issue[], itemPath: string, t: Translate): FormProblems {
  const byField = new Map(
    [...issuesByField(issues, itemPath)].map(([field, found]) => [field, found.map((issue) => issueText(issue, t))]),
  );
  const other = issues.filter((issue) => !issue.path.startsWith(itemPath)).map((issue) => issueLine(issue, t));
  const whole = byField.get("") ?? [];
  return {
    at: (field) => byField.get(field),
    under: (prefix) =>
      [...byField.entries()]
        .filter(([field]) => field.startsWith(prefix))
        .flatMap(([field, messages]) => messages.map((message) => `${isolate(field)} ${message}`)),
    other: [...whole, ...other],
  };
}

/** "a, b,\n c" → ["a", "b", "c"]: list fields are typed one per line or comma-separated. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** An optional text field: empty means absent. */
export const optional = (text: string): string | undefined => (text.trim() === "" ? undefined : text);
