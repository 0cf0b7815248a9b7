import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimStatuses } from "../../src/model";
import { DEFAULT_STATE, hashToState, stateToHash, UI_LANGUAGES, type AppState } from "../../src/state";

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const dateArb = fc.constantFrom("2024", "2025-03", "2025-12-08");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const stateArb: fc.Arbitrary<AppState> = fc.record({
  datasetId: maybe(idArb),
  selection: maybe(fc.record({ type: fc.constantFrom("actor" as const, "relation" as const), id: idArb })),
  query: fc.string({ maxLength: 20 }),
  filters: fc.record({
    hiddenActorKinds: fc.uniqueArray(idArb, { maxLength: 3 }),
    hiddenRelationKinds: fc.uniqueArray(idArb, { maxLength: 3 }),
    hiddenStatuses: fc.uniqueArray(fc.constantFrom(...claimStatuses), { maxLength: 5 }),
    sources: fc.uniqueArray(idArb, { maxLength: 3 }),
    timeFrom: maybe(dateArb),
    timeTo: maybe(dateArb),
    includeUndated: fc.boolean(),
    mode: fc.constantFrom("hide" as const, "fade" as const),
  }),
  view: fc.constantFrom("graph" as const, "table" as const, "timeline" as const),
  layout: maybe(fc.constantFrom("force" as const, "concentric" as const, "breadthfirst" as const, "file" as const)),
  focus: maybe(fc.record({ actor: idArb, depth: fc.integer({ min: 1, max: 3 }) })),
  path: maybe(fc.record({ from: idArb, to: idArb, factsOnly: fc.boolean(), ignoreDirection: fc.boolean() })),
  story: maybe(
    fc.record({ id: idArb, step: fc.integer({ min: 0, max: 40 }), hideUnconfirmed: maybe(fc.constant(true as const)) }),
  ),
  theme: fc.constantFrom("light" as const, "projector" as const),
  sizeBy: fc.constantFrom(
    "none" as const,
    "degree" as const,
    "strength" as const,
    "pagerank" as const,
    "betweenness" as const,
    "file" as const,
  ),
  colourBy: maybe(fc.constantFrom("kind" as const, "community" as const, "file" as const)),
  embed: maybe(fc.constant(true as const)),
  camera: maybe(
    fc.record({
      zoom: fc.integer({ min: 1, max: 6000 }).map((value) => value / 1000),
      x: fc.integer({ min: -9999, max: 9999 }),
      y: fc.integer({ min: -9999, max: 9999 }),
    }),
  ),
  lang: maybe(fc.constantFrom(...UI_LANGUAGES)),
});

/** Drops undefined optional keys so that equality ignores "absent" vs "undefined". */
const normalise = (state: AppState) => JSON.parse(JSON.stringify(state)) as unknown;

describe("URL hash", () => {
  it("round-trips every state", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = hashToState(stateToHash(state));
        expect(parsed.notices).toEqual([]);
        expect(normalise(parsed.state)).toEqual(normalise(state));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the camera in the link, and still opens links written before it had one", () => {
    const hash = stateToHash({ ...DEFAULT_STATE, datasetId: "demo", camera: { zoom: 0.6504, x: -12.4, y: 300.6 } });
    expect(hash).toBe("#d=demo&cam=0.65%2C-12%2C301");
    expect(hashToState(hash).state.camera).toEqual({ zoom: 0.65, x: -12, y: 301 });
    const old = hashToState("#d=demo&sel=a%3Arami-makhlouf");
    expect(old.state.camera).toBeUndefined();
    expect(old.notices).toEqual([]);
    for (const broken of ["cam=0,1,2", "cam=1,2", "cam=a,b,c", "cam=1,2,3,4", "cam=Infinity,1,1"]) {
      const parsed = hashToState(`#d=demo&${broken}`);
      expect(parsed.state.camera).toBeUndefined();
      expect(parsed.notices).toHaveLength(1);
    }
  });

  it("writes nothing for the default state", () => {
    expect(stateToHash(DEFAULT_STATE)).toBe("");
  });

  it("encodes a selection and filters readably", () => {
    const hash = stateToHash({
      ...DEFAULT_STATE,
      datasetId: "demo",
      selection: { type: "actor", id: "rami-makhlouf" },
      filters: { ...DEFAULT_STATE.filters, hiddenStatuses: ["claimed", "disputed", "denied"] },
    });
    expect(hash).toBe("#d=demo&sel=a%3Arami-makhlouf&hs=claimed%2Cdisputed%2Cdenied");
  });

  it("falls back to defaults with a notice for broken parts, keeping the good ones", () => {
    const parsed = hashToState("#d=demo&view=cube&hs=claimed,rumour&tf=yesterday&zz=1&sel=nonsense&depth=9&focus=x");
    expect(parsed.state.datasetId).toBe("demo");
    expect(parsed.state.view).toBe("graph");
    expect(parsed.state.filters.hiddenStatuses).toEqual(["claimed"]);
    expect(parsed.state.filters.timeFrom).toBeUndefined();
    expect(parsed.state.selection).toBeUndefined();
    expect(parsed.state.focus).toEqual({ actor: "x", depth: 3 });
    expect(parsed.notices).toEqual([
      { code: "unknownPart", value: "zz" },
      { code: "unknownValue", setting: "view", value: "cube" },
      { code: "unknownStatus", value: "rumour" },
      { code: "badDate", which: "start", value: "yesterday" },
      { code: "badSelection", value: "nonsense" },
    ]);
  });

  it("shows story steps 1-based in the link", () => {
    expect(stateToHash({ ...DEFAULT_STATE, story: { id: "intro", step: 3 } })).toBe("#story=intro&step=4");
    expect(hashToState("#story=intro&step=4").state.story).toEqual({ id: "intro", step: 3 });
  });

  it("marks an embedded view with embed=1 and reads it back", () => {
    const hash = stateToHash({ ...DEFAULT_STATE, datasetId: "demo", embed: true });
    expect(hash).toBe("#d=demo&embed=1");
    expect(hashToState(hash).state.embed).toBe(true);
    expect(hashToState("#d=demo&embed=0").state.embed).toBeUndefined();
  });

  it("keeps the interface language in the link, and ignores an unknown one with a notice", () => {
    expect(stateToHash({ ...DEFAULT_STATE, lang: "ar" })).toBe("#lang=ar");
    expect(hashToState("#lang=uk").state.lang).toBe("uk");
    const parsed = hashToState("#d=demo&lang=klingon");
    expect(parsed.state.lang).toBeUndefined();
    expect(parsed.state.datasetId).toBe("demo");
    expect(parsed.notices).toEqual([{ code: "unknownValue", setting: "lang", value: "klingon" }]);
  });

  it("survives garbage", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void hashToState(text)));
  });
});
