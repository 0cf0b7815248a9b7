// The rules of DESIGN §1 that a structural schema cannot express: unique ids, resolving
// references, ordered dates and ranges. Runs on raw JSON so it reports alongside schema errors.
import { error, warning, type Issue } from "./issue";
import { isOrdered, isPartialDate } from "./partialDate";
import { isRecord, records, stringField, strings, type RawRecord } from "./rawAccess";

type IdSet = ReadonlySet<string>;

function collectIds(items: Array<[RawRecord, number]>, path: string, issues: Issue[]): Set<string> {
  const seen = new Map<string, number>();
  for (const [item, index] of items) {
    const id = stringField(item, "id");
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      issues.push(
        error(`${path}[${index}].id`, `duplicate id "${id}" (first used at ${path}[${first}])`, "ref.duplicateId", {
          id,
          first: `${path}[${first}]`,
        }),
      );
  }
  return new Set(seen.keys());
}

/** What a reference names, as the `what` of its issue's values. */
type Referenced = "source" | "actor" | "relation" | "actor kind" | "relation kind";

function checkRef(value: string | undefined, known: IdSet, what: Referenced, path: string, issues: Issue[]): void {
  if (value !== undefined && !known.has(value))
    issues.push(error(path, `unknown ${what} "${value}"`, "ref.unknown", { what: what.replace(" k", "K"), id: value }));
}

function checkSourceRefs(owner: RawRecord, path: string, sources: IdSet, issues: Issue[]): void {
  for (const [ref, index] of records(owner, "sources")) {
    checkRef(stringField(ref, "source"), sources, "source", `${path}.sources[${index}].source`, issues);
  }
}

function checkTime(owner: RawRecord, path: string, issues: Issue[]): void {
  const time = owner.time;
  if (!isRecord(time)) return;
  const from = stringField(time, "from");
  const to = stringField(time, "to");
  if (from && to && isPartialDate(from) && isPartialDate(to) && !isOrdered(from, to)) {
    issues.push(error(`${path}.time`, `starts (${from}) after it ends (${to})`, "ref.endsBeforeStart", { from, to }));
  }
}

function checkQuantities(claim: RawRecord, path: string, issues: Issue[]): void {
  for (const [quantity, index] of records(claim, "quantities")) {
    const { value, max } = quantity;
    if (typeof value === "number" && typeof max === "number" && max < value) {
      issues.push(
        error(
          `${path}.quantities[${index}].max`,
          `range maximum ${max} is below its value ${value}`,
          "ref.maxBelowValue",
          {
            max,
            value,
          },
        ),
      );
    }
  }
}

function checkClaims(
  relation: RawRecord,
  path: string,
  actors: IdSet,
  sources: IdSet,
  claimIds: Map<string, string>,
  issues: Issue[],
): void {
  for (const [claim, index] of records(relation, "claims")) {
    const claimPath = `${path}.claims[${index}]`;
    const id = stringField(claim, "id");
    if (id !== undefined) {
      const first = claimIds.get(id);
      if (first === undefined) claimIds.set(id, claimPath);
      else
        issues.push(
          error(`${claimPath}.id`, `duplicate claim id "${id}" (first used at ${first})`, "ref.duplicateClaimId", {
            id,
            first,
          }),
        );
    }
    checkRef(stringField(claim, "claimedBy"), actors, "actor", `${claimPath}.claimedBy`, issues);
    if (stringField(claim, "status") === "claimed" && stringField(claim, "claimedBy") === undefined) {
      issues.push(
        warning(`${claimPath}.claimedBy`, "a claimed statement should say who claims it", "ref.claimWithoutClaimant"),
      );
    }
    checkSourceRefs(claim, claimPath, sources, issues);
    checkTime(claim, claimPath, issues);
    checkQuantities(claim, claimPath, issues);
  }
}

function checkStories(data: RawRecord, actors: IdSet, relations: IdSet, issues: Issue[]): void {
  const stories = records(data, "stories");
  collectIds(stories, "stories", issues);
  for (const [story, storyIndex] of stories) {
    const steps = records(story, "steps");
    collectIds(steps, `stories[${storyIndex}].steps`, issues);
    for (const [step, stepIndex] of steps) {
      const stepPath = `stories[${storyIndex}].steps[${stepIndex}]`;
      checkTime(step, stepPath, issues);
      const focusPath = `${stepPath}.focus`;
      for (const [actor, i] of strings(step.focus, "actors"))
        checkRef(actor, actors, "actor", `${focusPath}.actors[${i}]`, issues);
      for (const [relation, i] of strings(step.focus, "relations"))
        checkRef(relation, relations, "relation", `${focusPath}.relations[${i}]`, issues);
    }
  }
}

export function checkReferences(data: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isRecord(data)) return issues;
  const sourceRecords = records(data, "sources");
  const sources = collectIds(sourceRecords, "sources", issues);
  const actorKinds = collectIds(records(data, "actorKinds"), "actorKinds", issues);
  const relationKinds = collectIds(records(data, "relationKinds"), "relationKinds", issues);
  const actorRecords = records(data, "actors");
  const actors = collectIds(actorRecords, "actors", issues);
  const relationRecords = records(data, "relations");
  const relations = collectIds(relationRecords, "relations", issues);

  for (const [source, index] of sourceRecords) {
    const relays = stringField(source, "relays");
    if (relays !== undefined && relays === stringField(source, "id")) {
      issues.push(error(`sources[${index}].relays`, "a source cannot relay itself", "ref.relaysItself"));
    } else checkRef(relays, sources, "source", `sources[${index}].relays`, issues);
  }
  for (const [actor, index] of actorRecords) {
    checkRef(stringField(actor, "kind"), actorKinds, "actor kind", `actors[${index}].kind`, issues);
    checkSourceRefs(actor, `actors[${index}]`, sources, issues);
  }
  const claimIds = new Map<string, string>();
  for (const [relation, index] of relationRecords) {
    const path = `relations[${index}]`;
    checkRef(stringField(relation, "from"), actors, "actor", `${path}.from`, issues);
    checkRef(stringField(relation, "to"), actors, "actor", `${path}.to`, issues);
    checkRef(stringField(relation, "kind"), relationKinds, "relation kind", `${path}.kind`, issues);
    checkClaims(relation, path, actors, sources, claimIds, issues);
  }
  checkStories(data, actors, relations, issues);
  return issues;
}
