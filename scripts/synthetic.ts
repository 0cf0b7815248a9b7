// Seeded synthetic datasets for benchmarks: n actors, 3n relations, a few claims each, names with
// aliases in two scripts so search has real work. Same seed, same file.
import { seededRandom as random, type DatasetInput } from "../src/model";

const SYLLABLES = [
  "ma",
  "kh",
  "lou",
  "ra",
  "mi",
  "ha",
  "san",
  "ka",
  "mal",
  "sha",
  "raa",
  "ah",
  "med",
  "al",
  "as",
  "sad",
  "ti",
  "nu",
  "zer",
  "bo",
];
const ARABIC = ["م", "خ", "ل", "و", "ف", "ر", "ا", "ح", "س", "ن", "ك", "ش", "د", "ي", "ع", "ب"];
const KINDS = ["person", "organisation", "place", "group"];
const RELATION_KINDS: Array<[string, boolean]> = [
  ["funds", true],
  ["commands", true],
  ["allied-with", false],
  ["family-of", false],
  ["located-in", true],
];
const STATUSES = ["confirmed", "reported", "reported", "claimed", "disputed", "denied"] as const;

export function syntheticDataset(actorCount: number, seed = 7): DatasetInput {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = (parts: number) => Array.from({ length: parts }, () => pick(SYLLABLES)).join("");
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const actors = Array.from({ length: actorCount }, (_, index) => {
    const first = capital(word(2));
    const last = capital(word(3));
    return {
      id: `a${index}`,
      name: `${first} ${last}`,
      kind: pick(KINDS),
      aliases: [`${first} al-${last}`, Array.from({ length: 5 }, () => pick(ARABIC)).join("")],
      summary: `Synthetic actor ${index}, ${word(2)} ${word(3)} of the ${word(2)} network.`,
      tags: [pick(["exile", "finance", "militia", "state", "coast"])],
    };
  });
  // Communities, as real networks have: actor i belongs to community i mod `communities`, and
  // most relations stay inside one, so a layout shows clusters (and the bench draws them).
  const communities = Math.max(1, Math.round(Math.sqrt(actorCount) / 3));
  const relations = Array.from({ length: actorCount * 3 }, (_, index) => {
    // Preferential-ish attachment: low ids are hubs, like real networks.
    const from = Math.floor(Math.pow(next(), 2) * actorCount);
    const inside = next() < 0.85;
    const member = from % communities;
    let to = inside
      ? Math.min(actorCount - 1, member + communities * Math.floor((next() * actorCount) / communities))
      : Math.floor(next() * actorCount);
    if (to === from) to = (to + 1) % actorCount;
    const [kind] = pick(RELATION_KINDS);
    const claims = Array.from({ length: 1 + Math.floor(next() * 2) }, (_, claimIndex) => ({
      id: `c${index}-${claimIndex}`,
      text: `Synthetic claim ${claimIndex} about relation ${index}.`,
      status: pick(STATUSES),
      time: next() < 0.7 ? { from: `20${String(10 + Math.floor(next() * 15))}` } : undefined,
      sources: [{ source: pick(["s1", "s2", "s3"]), locator: `paragraph ${1 + Math.floor(next() * 30)}` }],
    }));
    return { id: `r${index}`, from: `a${from}`, to: `a${to}`, kind, claims };
  });
  return {
    schemaVersion: 2,
    id: `synthetic-${actorCount}`,
    title: `Synthetic network of ${actorCount} actors`,
    sources: [
      { id: "s1", title: "Synthetic source one" },
      { id: "s2", title: "Synthetic source two", relays: "s1" },
      { id: "s3", title: "Synthetic source three" },
    ],
    actorKinds: KINDS.map((kind) => ({ id: kind, label: capital(kind) })),
    relationKinds: RELATION_KINDS.map(([id, directed]) => ({ id, label: capital(id.replace(/-/g, " ")), directed })),
    actors,
    relations,
  };
}
