// Shape of the teacher's saved work (browser storage), checked piece by piece on restore. Drafts
// may be unfinished, so texts may be empty here; lengths follow the dataset schema's limits.
import { z } from "zod";
import { ID_PATTERN, LIMITS, RULES, claimStatuses } from "../../model";

export const SAVED_STORIES_FORMAT = "tangle-stories";
export const SAVED_STORIES_VERSION = 1;

export const SAVED_LIMITS = {
  /** Far beyond what a browser's storage holds for one key; stops parsing pasted junk. */
  textChars: 5_000_000,
  stories: 100,
  steps: 200,
  focusIds: 1000,
  /** JSON characters of one step's captured filter state. */
  filterChars: 20_000,
} as const;

// The dataset schema's own rule messages, so that a problem here gets the same issue code and words.
const id = z
  .string()
  .min(1, RULES["schema.empty"].message)
  .max(LIMITS.id)
  .regex(ID_PATTERN, RULES["schema.idAlphabet"].message);
const reference = z.string().min(1, RULES["schema.empty"].message).max(LIMITS.id);
const coordinate = z.number().finite();

export const SavedCameraSchema = z.strictObject({
  zoom: z.number().finite().positive(),
  pan: z.strictObject({ x: coordinate, y: coordinate }),
});

const filters = z
  .unknown()
  .refine((value) => value === undefined || JSON.stringify(value).length <= SAVED_LIMITS.filterChars, {
    message: `filter state longer than ${SAVED_LIMITS.filterChars} characters`,
  });

export const SavedStepSchema = z.strictObject({
  id,
  title: z.string().max(LIMITS.title),
  text: z.string().max(LIMITS.text),
  focus: z.strictObject({
    actors: z.array(reference).max(SAVED_LIMITS.focusIds),
    relations: z.array(reference).max(SAVED_LIMITS.focusIds),
  }),
  hideStatuses: z.array(z.enum(claimStatuses)).max(claimStatuses.length).optional(),
  time: z.strictObject({ from: z.string().max(10).optional(), to: z.string().max(10).optional() }).optional(),
  camera: SavedCameraSchema.optional(),
  filters: filters.optional(),
});

/** A story without its steps, which are checked one by one so one bad step does not lose the rest. */
export const SavedStoryHeadSchema = z.strictObject({
  id,
  title: z.string().max(LIMITS.title),
  audience: z.string().max(LIMITS.name).optional(),
  steps: z.array(z.unknown()),
});
