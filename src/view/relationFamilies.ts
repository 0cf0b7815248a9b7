// Relation kinds grouped into at most 8 colour families (Okabe–Ito hues, colour-blind safe), so
// that 31 kinds do not become 31 colours no one can tell apart. A dataset with 8 kinds or fewer
// gives each kind its own colour; a larger one is grouped by what the kind's name says. The kind
// itself is named on hover and in the legend.
export interface RelationFamily {
  id: string;
  label: string;
  colour: string;
}

interface KindLike {
  id: string;
  label: string;
}

const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255", "#666666"] as const;

/** Families by meaning, tried in order; the last takes what no other names. */
const FAMILIES: ReadonlyArray<RelationFamily & { pattern: RegExp }> = [
  {
    id: "ties",
    label: "Personal ties",
    colour: COLOURS[0],
    pattern: /famil|friend|associate|married|spouse|sibling|relative|kin/i,
  },
  {
    id: "conflict",
    label: "Conflict and pressure",
    colour: COLOURS[1],
    pattern: /rival|oppos|distrust|withhold|defect|legal|pressur|attack|fight|sanction|investigat|accus|against/i,
  },
  {
    id: "command",
    label: "Command and control",
    colour: COLOURS[2],
    pattern: /lead|govern|command|control|rule|direct|own|holds/i,
  },
  {
    id: "membership",
    label: "Membership and work",
    colour: COLOURS[3],
    pattern: /member|part-of|works|employ|recruit|enlist|serves/i,
  },
  {
    id: "support",
    label: "Money and support",
    colour: COLOURS[4],
    pattern: /fund|financ|pay|support|asylum|supply|arms|donat|aid/i,
  },
  { id: "place", label: "Places", colour: COLOURS[5], pattern: /located|exile|based|base-in|lives|visit|travel/i },
  {
    id: "contact",
    label: "Contact and dealings",
    colour: COLOURS[6],
    pattern: /contact|message|negotiat|deal|meet|talk|communicat/i,
  },
  { id: "other", label: "Other", colour: COLOURS[7], pattern: /$^/ },
];

export const MAX_RELATION_FAMILIES = COLOURS.length;

/**
 * Whether the family is one of the app's groups (its label is the app's words, which the interface
 * translates: `family.<id>` in the catalogues), not a kind of the dataset standing for itself.
 */
export const isAppFamily = (family: RelationFamily): boolean =>
  FAMILIES.some((candidate) => candidate.id === family.id && candidate.label === family.label);

export function relationFamilies(kinds: readonly KindLike[]): Map<string, RelationFamily> {
  if (kinds.length <= COLOURS.length)
    return new Map(
      kinds.map((kind, index) => [kind.id, { id: kind.id, label: kind.label, colour: COLOURS[index] as string }]),
    );
  const other = FAMILIES[FAMILIES.length - 1] as RelationFamily;
  return new Map(
    kinds.map((kind) => {
      const family = FAMILIES.find((candidate) => candidate.pattern.test(`${kind.id} ${kind.label}`)) ?? other;
      return [kind.id, { id: family.id, label: family.label, colour: family.colour }];
    }),
  );
}
