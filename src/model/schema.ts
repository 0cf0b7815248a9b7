// Dataset format v2 (DESIGN §1); older versions are lifted by `migrate` before validation. The single source of truth: types are inferred from it and
// data/schema/dataset.schema.json is generated from it (`npm run schema`).
import { z } from "zod";
import type { IssueCode, IssueValues } from "./issue";
import { isPartialDate } from "./partialDate";

export const SCHEMA_VERSION = 2;

/** Length limits: generous for real texts, small enough to stop pasted garbage. */
export const LIMITS = {
  id: 80,
  name: 200,
  title: 300,
  locator: 200,
  summary: 2000,
  text: 4000,
  url: 2000,
  listItems: 100,
  /** Foreign attributes of one actor or relation (imported files carry many). */
  attributes: 200,
  attributeText: 4000,
} as const;

/** The id alphabet of every dataset, catalog and saved-work id: a-z, 0-9 and '-', not starting with '-'. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The schema's own words for its rules, by issue code: validation finds the code of a failed rule
 * by its message, so that the interface can say it in the reader's language.
 */
export const RULES = {
  "schema.empty": { message: "must not be empty" },
  "schema.idAlphabet": { message: "must use only a-z, 0-9 and '-' (and start with a letter or digit)" },
  "schema.dateShape": { message: "must be a date as YYYY, YYYY-MM or YYYY-MM-DD" },
  "schema.notCalendarDate": { message: "is not a real calendar date" },
  "schema.httpUrl": { message: "must be an http(s) address" },
  "schema.tooManyAttributes": {
    message: `must have at most ${LIMITS.attributes} attributes`,
    values: { max: LIMITS.attributes },
  },
  "schema.colour": { message: "must be a colour as #rgb or #rrggbb" },
  "schema.perNeedsUnitOrPeriod": { message: "needs a unit or a period" },
  "schema.claimNeedsSource": { message: "needs at least one source" },
  "schema.notNegative": { message: "must be 0 or more" },
  "schema.storyNeedsStep": { message: "needs at least one step" },
  "schema.languageTag": { message: "must be a BCP 47 language tag such as 'en'" },
  "schema.needsActorKind": { message: "needs at least one actor kind" },
  "schema.needsRelationKind": { message: "needs at least one relation kind" },
} as const satisfies Partial<Record<IssueCode, { message: string; values?: IssueValues }>>;

const rule = (code: keyof typeof RULES): string => RULES[code].message;
const id = z.string().min(1, rule("schema.empty")).max(LIMITS.id).regex(ID_PATTERN, rule("schema.idAlphabet"));
const reference = z.string().min(1, rule("schema.empty")).max(LIMITS.id);
const shortText = (max: number) => z.string().trim().min(1, rule("schema.empty")).max(max);
const partialDateShape = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const partialDate = z
  .string()
  .regex(partialDateShape, rule("schema.dateShape"))
  .refine((text) => !partialDateShape.test(text) || isPartialDate(text), rule("schema.notCalendarDate"));
const httpUrl = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\/[^\s]+$/i, rule("schema.httpUrl"));

export const claimStatuses = ["confirmed", "reported", "claimed", "disputed", "denied"] as const;
export const ClaimStatusSchema = z.enum(claimStatuses);

export const SourceRefSchema = z.strictObject({
  source: reference,
  locator: shortText(LIMITS.locator).optional(),
});

export const SourceSchema = z.strictObject({
  id,
  title: shortText(LIMITS.title),
  publisher: shortText(LIMITS.name).optional(),
  published: partialDate.optional(),
  relays: reference.optional(),
  url: httpUrl.optional(),
});

export const ActorKindSchema = z.strictObject({
  id,
  label: shortText(LIMITS.name),
  description: shortText(LIMITS.summary).optional(),
});

export const RelationKindSchema = z.strictObject({
  id,
  label: shortText(LIMITS.name),
  directed: z.boolean(),
  description: shortText(LIMITS.summary).optional(),
});

/** Foreign data kept as is: string, number or boolean values under short keys. */
export const AttributesSchema = z
  .record(
    z.string().min(1, rule("schema.empty")).max(LIMITS.name),
    z.union([z.string().max(LIMITS.attributeText), z.number().finite(), z.boolean()]),
  )
  .refine((record) => Object.keys(record).length <= LIMITS.attributes, rule("schema.tooManyAttributes"));

const coordinate = z.number().finite().min(-1e9).max(1e9);

/** Drawing hints from an imported file; the app may use or ignore them. */
export const DisplaySchema = z.strictObject({
  x: coordinate.optional(),
  y: coordinate.optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/, rule("schema.colour"))
    .optional(),
  size: z.number().finite().min(0).max(1e6).optional(),
});

export const ActorSchema = z.strictObject({
  id,
  name: shortText(LIMITS.name),
  kind: reference,
  aliases: z.array(shortText(LIMITS.name)).max(LIMITS.listItems).default([]),
  summary: shortText(LIMITS.summary).optional(),
  tags: z.array(shortText(LIMITS.id)).max(LIMITS.listItems).default([]),
  sources: z.array(SourceRefSchema).max(LIMITS.listItems).default([]),
  attributes: AttributesSchema.optional(),
  display: DisplaySchema.optional(),
});

export const qualifiers = ["exactly", "at least", "at most", "about", "more than", "up to"] as const;

export const periods = ["day", "week", "month", "year"] as const;

export const PerSchema = z
  .strictObject({
    unit: shortText(LIMITS.id).optional(),
    period: z.enum(periods).optional(),
  })
  .refine((per) => per.unit !== undefined || per.period !== undefined, rule("schema.perNeedsUnitOrPeriod"));

export const QuantitySchema = z.strictObject({
  value: z.number().finite(),
  /** Upper bound of a range: `{ value: 20, max: 30 }` is "20–30". */
  max: z.number().finite().optional(),
  unit: shortText(LIMITS.id),
  qualifier: z.enum(qualifiers).optional(),
  /** A rate's denominator only: `{ unit: "fighter", period: "month" }` is "per fighter per month". */
  per: PerSchema.optional(),
  /** What the number counts, e.g. "interviewed by Reuters" after "48 people". */
  about: shortText(LIMITS.name).optional(),
});

export const TimeSpanSchema = z.strictObject({
  from: partialDate.optional(),
  to: partialDate.optional(),
  /** The dates are "about": derived from a relative phrase ("a year ago") or given loosely. */
  approximate: z.boolean().optional(),
});

export const ClaimSchema = z.strictObject({
  id,
  text: shortText(LIMITS.text),
  status: ClaimStatusSchema,
  claimedBy: reference.optional(),
  time: TimeSpanSchema.optional(),
  quantities: z.array(QuantitySchema).max(LIMITS.listItems).default([]),
  sources: z.array(SourceRefSchema).min(1, rule("schema.claimNeedsSource")).max(LIMITS.listItems),
});

export const RelationSchema = z.strictObject({
  id,
  from: reference,
  to: reference,
  kind: reference,
  /** Empty or absent: the relation is *unsourced* (e.g. imported from a file without evidence). */
  claims: z.array(ClaimSchema).max(LIMITS.listItems).default([]),
  weight: z.number().finite().min(0, rule("schema.notNegative")).optional(),
  attributes: AttributesSchema.optional(),
});

export const StoryStepSchema = z.strictObject({
  id,
  title: shortText(LIMITS.title),
  text: shortText(LIMITS.text),
  focus: z
    .strictObject({
      actors: z.array(reference).max(1000).default([]),
      relations: z.array(reference).max(1000).default([]),
    })
    .default({ actors: [], relations: [] }),
  hideStatuses: z.array(ClaimStatusSchema).max(claimStatuses.length).optional(),
  /** The time window the step is about. */
  time: z.strictObject({ from: partialDate.optional(), to: partialDate.optional() }).optional(),
});

export const StorySchema = z.strictObject({
  id,
  title: shortText(LIMITS.title),
  audience: shortText(LIMITS.name).optional(),
  steps: z.array(StoryStepSchema).min(1, rule("schema.storyNeedsStep")).max(200),
});

/** The file a dataset was imported from: where it came from, never a source of evidence. */
export const OriginSchema = z.strictObject({
  file: shortText(LIMITS.name),
  format: shortText(LIMITS.id),
});

export const DatasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: shortText(LIMITS.title),
  summary: shortText(LIMITS.summary).optional(),
  asOf: partialDate.optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, rule("schema.languageTag"))
    .optional(),
  origin: OriginSchema.optional(),
  sources: z.array(SourceSchema),
  actorKinds: z.array(ActorKindSchema).min(1, rule("schema.needsActorKind")),
  relationKinds: z.array(RelationKindSchema).min(1, rule("schema.needsRelationKind")),
  actors: z.array(ActorSchema),
  relations: z.array(RelationSchema),
  stories: z.array(StorySchema).default([]),
});
