// Lifts a dataset of any known schema version to the current one, one step per version, before
// validation (DESIGN §1). Pure: the input is never changed. A newer version is refused, never guessed.
import { error, type Issue } from "./issue";
import { isRecord, type RawRecord } from "./rawAccess";
import { periods, SCHEMA_VERSION } from "./schema";

export type MigrateResult = { ok: true; value: unknown; from: number | undefined } | { ok: false; issues: Issue[] };

type Period = (typeof periods)[number];
const PERIOD_WORDS: Record<string, Period> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
  yearly: "year",
  annually: "year",
};
const asPeriod = (word: string): Period | undefined =>
  (periods as readonly string[]).includes(word) ? (word as Period) : PERIOD_WORDS[word];

/**
 * A v1 `per` text as a rate's denominator, where it reads as one: "fighter per month",
 * "per fighter", "a month", "monthly". Anything else ("people interviewed") is not a rate.
 */
export function parseRate(text: string): { unit?: string; period?: Period } | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words[0] === "per" || words[0] === "a" || words[0] === "an" || words[0] === "each" || words[0] === "every")
    words.shift();
  const [first, second, third, ...rest] = words;
  if (first === undefined || rest.length > 0) return undefined;
  if (second === undefined) {
    const period = asPeriod(first);
    if (period) return { period };
    const wasPrefixed = words.length < text.trim().split(/\s+/).length;
    return wasPrefixed && /^[a-z][a-z-]*$/.test(first) ? { unit: first } : undefined;
  }
  const period = third === undefined ? undefined : asPeriod(third);
  if ((second === "per" || second === "a" || second === "each") && period && /^[a-z][a-z-]*$/.test(first)) {
    return { unit: first, period };
  }
  return undefined;
}

function migrateQuantity(quantity: unknown): unknown {
  if (!isRecord(quantity) || typeof quantity.per !== "string") return quantity;
  const { per, ...rest } = quantity;
  const rate = parseRate(per);
  if (rate) return { ...rest, per: rate };
  const about = typeof rest.about === "string" ? `${rest.about}; ${per}` : per;
  return { ...rest, about };
}

const mapList = (list: unknown, each: (item: unknown) => unknown): unknown =>
  Array.isArray(list) ? list.map(each) : list;

/** v1 → v2: `per` text becomes `{ unit, period }` where it parses as a rate, else `about`. */
function v1ToV2(data: RawRecord): RawRecord {
  const relations = mapList(data.relations, (relation) =>
    isRecord(relation)
      ? {
          ...relation,
          claims: mapList(relation.claims, (claim) =>
            isRecord(claim) ? { ...claim, quantities: mapList(claim.quantities, migrateQuantity) } : claim,
          ),
        }
      : relation,
  );
  return { ...data, schemaVersion: 2, relations };
}

const STEPS: Record<number, (data: RawRecord) => RawRecord> = { 1: v1ToV2 };

/**
 * `json` lifted to SCHEMA_VERSION. Data that is not an object, or has no numeric version, is
 * returned unchanged for validation to describe; a version newer than this app is an issue.
 */
export function migrate(json: unknown): MigrateResult {
  if (!isRecord(json) || typeof json.schemaVersion !== "number") return { ok: true, value: json, from: undefined };
  const from = json.schemaVersion;
  if (from > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        error(
          "schemaVersion",
          `this file uses schema version ${from}, but this version of Tangle reads schema version ${SCHEMA_VERSION} and older; open it with a newer Tangle`,
          "migrate.newerVersion",
          { version: from, known: SCHEMA_VERSION },
        ),
      ],
    };
  }
  let data: RawRecord = json;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) return { ok: true, value: json, from };
    data = step(data);
  }
  return { ok: true, value: data, from };
}
