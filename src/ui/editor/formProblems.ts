// Issues of a refused edit, split for a form: those under the edited item keyed by field, and the rest.
import type { Issue } from "../../model";
import { issuesUnder } from "../../state/edit";

export interface FormProblems {
  at: (field: string) => string[] | undefined;
  /** Problems of fields whose path starts with `prefix` ("sources" → every sources[i].…). */
  under: (prefix: string) => string[];
  other: string[];
}

export const NO_PROBLEMS: FormProblems = { at: () => undefined, under: () => [], other: [] };

export function formProblems(issues: readonly Issue[], itemPath: string): FormProblems {
  const byField = issuesUnder(issues, itemPath);
  const other = issues
    .filter((issue) => !issue.path.startsWith(itemPath))
    .map((issue) => `${issue.path}: ${issue.message}`);
  const whole = byField.get("") ?? [];
  return {
    at: (field) => byField.get(field),
    under: (prefix) =>
      [...byField.entries()]
        .filter(([field]) => field.startsWith(prefix))
        .flatMap(([field, messages]) => messages.map((message) => `${field} ${message}`)),
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
