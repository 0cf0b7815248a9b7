// Domain types, inferred from the zod schema so that they can never drift from it.
import type { z } from "zod";
import type {
  ActorKindSchema,
  ActorSchema,
  ClaimSchema,
  ClaimStatusSchema,
  DatasetSchema,
  QuantitySchema,
  RelationKindSchema,
  RelationSchema,
  SourceRefSchema,
  SourceSchema,
  StorySchema,
  StoryStepSchema,
  TimeSpanSchema,
  PerSchema,
  OriginSchema,
  AttributesSchema,
  DisplaySchema,
} from "./schema";

export type Dataset = z.output<typeof DatasetSchema>;
/** What a file may contain: defaults (empty lists) not yet filled in. */
export type DatasetInput = z.input<typeof DatasetSchema>;
export type Source = z.output<typeof SourceSchema>;
export type SourceRef = z.output<typeof SourceRefSchema>;
export type ActorKind = z.output<typeof ActorKindSchema>;
export type RelationKind = z.output<typeof RelationKindSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type Relation = z.output<typeof RelationSchema>;
export type Claim = z.output<typeof ClaimSchema>;
export type ClaimStatus = z.output<typeof ClaimStatusSchema>;
export type Quantity = z.output<typeof QuantitySchema>;
export type TimeSpan = z.output<typeof TimeSpanSchema>;
export type Story = z.output<typeof StorySchema>;
export type StoryStep = z.output<typeof StoryStepSchema>;
export type Per = z.output<typeof PerSchema>;
export type Origin = z.output<typeof OriginSchema>;
export type Attributes = z.output<typeof AttributesSchema>;
export type Display = z.output<typeof DisplaySchema>;
/** A relation's status as drawn: its strongest claim's, or "unsourced" when it has no claim. */
export type RelationStatus = ClaimStatus | "unsourced";
