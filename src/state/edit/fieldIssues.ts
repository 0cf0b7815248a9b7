// Validation issues carry JSON paths (`actors[3].name`); a form shows them at its fields.
import type { Issue } from "../../model";

/**
 * The issues under `prefix` (e.g. `actors[3]`), keyed by the rest of their path (`name`,
 * `sources[0].locator`); issues about the item as a whole are keyed by "".
 */
export function issuesByField(issues: readonly Issue[], prefix: string): Map<string, Issue[]> {
  const byField = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.path !== prefix && !issue.path.startsWith(`${prefix}.`) && !issue.path.startsWith(`${prefix}[`)) continue;
    const field = issue.path.slice(prefix.length).replace(/^\./, "");
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return byField;
}

/** The English messages of `issuesByField` (the interface says them in its language from the issues). */
export function issuesUnder(issues: readonly Issue[], prefix: string): Map<string, string[]> {
  return new Map(
    [...issuesByField(issues, prefix)].map(([field, found]) => [field, found.map((issue) => issue.message)]),
  );
}

/** Where an item of a collection sits in the dataset, as the prefix of its issues' paths. */
export function itemPath(collection: string, index: number): string {
  return `${collection}[${index}]`;
}
