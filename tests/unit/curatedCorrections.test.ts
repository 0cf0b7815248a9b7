// Editorial corrections to the curated dataset (issue 10), each asserted by what the data says,
// never by ids; and the reviewer page that states the rules behind them.
import { describe, expect, it } from "vitest";
import { EDITORIAL_RULES } from "../../scripts/dataset-doc";
import {
  dataset,
  allClaims,
  relationsBetween,
  claimsOf,
  relationOf,
  firstReport,
  secondReport,
  actorByName,
} from "./curatedFixture";

describe("curated dataset: editorial corrections", () => {
  const kindLabel = (id: string) => dataset.relationKinds.find((kind) => kind.id === id)?.label ?? id;
  const actor = (id: string) => dataset.actors.find((candidate) => candidate.id === id)!;
  const relationsOf = (id: string) =>
    dataset.relations.filter((relation) => relation.from === id || relation.to === id);

  it("Maher al-Assad is only said not to have accepted the loss of power: no opposition, no plot", () => {
    const maher = relationsOf("maher-al-assad").filter((relation) => relation.from === "maher-al-assad");
    const kinds = maher.map((relation) => kindLabel(relation.kind));
    expect(kinds).toContain("Has not accepted the loss of power in");
    expect(maher.map((relation) => relation.kind)).not.toContain("opposes");
    expect(relationsBetween("maher-al-assad", "syrian-government")).toEqual([]);
    const claims = claimsOf(maher.filter((relation) => relation.kind !== "member-of" && relation.kind !== "family-of"));
    expect(claims.every((claim) => /not accepted the loss of power/.test(claim.text))).toBe(true);
    const threat = dataset.stories
      .flatMap((story) => story.steps)
      .find((step) => step.title === "What it is up against")!;
    expect(threat.focus.actors).not.toContain("maher-al-assad");
    expect(threat.focus.relations.some((id) => maher.some((relation) => relation.id === id))).toBe(false);
  });

  it("the command rooms are a stake Hassan and Makhlouf share, never sole control, and not shown as solid in the step", () => {
    for (const man of ["kamal-hassan", "rami-makhlouf"]) {
      const links = relationsBetween(man, "coastal-command-rooms");
      expect(links).toHaveLength(1);
      expect(links[0]!.kind).not.toBe("controls");
      expect(kindLabel(links[0]!.kind)).toBe("Shares a stake in");
      for (const claim of links[0]!.claims) {
        expect(claim.text).toMatch(/rewards for the two men/);
        expect(claim.text).toMatch(/one advantage for them/);
        expect(claim.text).toMatch(/Neither report says that either man controls/);
        expect(claim.text).not.toMatch(/still competing/);
        expect(new Set(claim.sources.map((ref) => ref.source))).toEqual(new Set([firstReport!.id, secondReport!.id]));
      }
    }
    expect(allClaims.some((claim) => /still competing/.test(claim.text))).toBe(false);
    const step = dataset.stories
      .flatMap((story) => story.steps)
      .find((candidate) => candidate.title === "Hidden command rooms")!;
    const stakes = dataset.relations
      .filter((relation) => relation.kind === "shared-stake-in")
      .map((relation) => relation.id);
    expect(step.focus.relations.filter((id) => stakes.includes(id))).toEqual([]);
    expect(step.text).toMatch(/neither says that either man controls it alone/);
  });

  it("gives a rate only where the reports give one: the $20–30 pay per fighter per month", () => {
    const rates = allClaims.flatMap((claim) => claim.quantities.filter((quantity) => quantity.per !== undefined));
    expect(rates).toEqual([{ value: 20, max: 30, unit: "USD", per: { unit: "fighter", period: "month" } }]);
    const counted = allClaims.flatMap((claim) => claim.quantities).filter((quantity) => quantity.about !== undefined);
    expect(counted).toEqual(
      expect.arrayContaining([
        { value: 48, unit: "people", about: "interviewed by Reuters" },
        { value: 2, unit: "officers", about: "confirming the rooms exist" },
        { value: 6_000_000, unit: "USD", qualifier: "at least", about: "on salaries" },
      ]),
    );
  });

  it("says where readers see them that Hassan and Makhlouf did not respond and that Bashar and Maher could not be reached", () => {
    for (const [id, pattern] of [
      ["kamal-hassan", /did not respond/],
      ["rami-makhlouf", /did not respond/],
      ["bashar-al-assad", /could not reach/],
      ["maher-al-assad", /could not reach/],
    ] as const) {
      expect(actor(id).summary, id).toMatch(pattern);
      const asked = relationsBetween("reuters", id).filter(
        (relation) => kindLabel(relation.kind) === "Sought comment from",
      );
      expect(asked, id).toHaveLength(1);
      const claim = asked[0]!.claims[0]!;
      expect(claim.status).toBe("reported");
      expect(claim.text).toMatch(/did not respond|unable to reach/);
      expect(claim.sources).toEqual([{ source: secondReport!.id, locator: "paragraph 11" }]);
    }
    const step = dataset.stories
      .flatMap((story) => story.steps)
      .find((candidate) => /did not respond|neither responded/.test(candidate.text));
    expect(step?.text).toMatch(/not the same as denying/);
    expect(allClaims.filter((claim) => claim.status === "denied")).toEqual([]);
  });

  it("marks inferences as inferences", () => {
    const commanders = claimsOf(relationsBetween("local-commanders", "coastal-fighters", "commands"));
    expect(commanders.every((claim) => claim.text.startsWith("Inference:"))).toBe(true);
    const whatsapp = allClaims.filter((claim) => /WhatsApp/.test(claim.text));
    expect(whatsapp).toHaveLength(1);
    expect(whatsapp[0]!.text).toMatch(/Inference: the report does not say who received/);
  });

  it("attributes all four figures jointly to internal documents and financial records", () => {
    const figures = allClaims.filter((claim) =>
      claim.quantities.some((q) => [12_000, 54_000, 1_500_000, 6_000_000].includes(q.value)),
    );
    expect(figures).toHaveLength(4);
    for (const claim of figures)
      expect(claim.text, claim.id).toMatch(/internal documents and financial records reviewed by Reuters/);
  });

  it("the second report's account of Hassan's calls is his relatives' account, like the first", () => {
    const calls = claimsOf(relationsBetween("kamal-hassan", "local-commanders", "contacts"));
    expect(calls.length).toBe(2);
    for (const claim of calls) {
      expect(claim.status).toBe("claimed");
      expect(claim.claimedBy).toBe("kamal-hassan-relatives");
    }
  });

  it("words the texts' facts without overstating them", () => {
    expect(
      claimsOf(relationsBetween("assad-loyalist-exiles", "syrian-government")).find((claim) =>
        /Russia/.test(claim.text),
      )?.text,
    ).toMatch(/Russia has withheld its support/);
    expect(allClaims.some((claim) => /will not help|destined|include deliberate/.test(claim.text))).toBe(false);
    expect(actor("assad-loyalist-exiles").name).toBe("Assad loyalists in exile and other factions");
    expect(actor("assad-loyalist-exiles").summary).not.toMatch(/allied|led by/);
    expect(actor("coastal-command-rooms").summary).toMatch(/two officers and a regional governor/i);
    expect(actor("coastal-command-rooms").summary).not.toMatch(/dug|officials/i);
    expect(actor("coastal-fighters").summary).toMatch(/took money from both sides/);
    expect(actor("coastal-fighters").aliases).not.toContain("Alawite militias");
    expect(actor("kamal-hassan-relatives").summary).toMatch(/calls and sends voice messages/);
    expect(actor("kamal-hassan").summary).toMatch(/the regime's military detention system/);
    expect(actor("kamal-hassan").aliases).not.toContain("Kamal al-Hassan");
    expect(actor("ahmed-al-shami").summary).toMatch(/certain the plotters cannot do anything effective/);
    expect(actor("un-security-council").summary).toMatch(/about December 2025/);
    const allText = dataset.stories.flatMap((story) => story.steps.map((step) => step.text)).join("\n");
    for (const phrase of [
      "Reuters warns",
      "nobody has checked",
      "old protector",
      "powerful friend abroad",
      "fell out with the family",
      "fought on Assad's side",
      "will not help",
    ]) {
      expect(allText, phrase).not.toContain(phrase);
    }
  });

  it("keeps both reports' wording of 'once closest'", () => {
    for (const man of ["kamal-hassan", "rami-makhlouf"]) {
      const texts = claimsOf(relationsBetween(man, "bashar-al-assad", "associate-of")).map((claim) => claim.text);
      expect(texts.some((text) => /two men once closest/.test(text))).toBe(true);
      expect(texts.some((text) => /once-closest associates/.test(text))).toBe(true);
    }
  });

  it("records what was missing: March and July violence, advisers, the opposition, al-Ahmad's formations, the exiles in Russia", () => {
    const violence = allClaims.filter((claim) => /March and July/.test(claim.text));
    expect(violence).toHaveLength(1);
    expect(violence[0]!.time).toEqual({ from: "2025-03", to: "2025-07" });
    expect(violence[0]!.sources).toEqual([{ source: firstReport!.id, locator: "paragraph 21" }]);
    const regionStep = dataset.stories
      .flatMap((story) => story.steps)
      .find((step) => step.title === "Pressure and recognition")!;
    expect(regionStep.focus.relations).toContain(relationOf(violence[0]!).id);
    expect(actorByName(/Advisers of Kamal Hassan/)).toHaveLength(1);
    const [opposition] = actorByName(/opposition/i);
    expect(
      claimsOf(relationsBetween(opposition!.id, "assad-regime")).some((claim) => claim.time?.from === "2024-12"),
    ).toBe(true);
    const [formations] = actorByName(/militarized formations/);
    expect(relationsBetween("khaled-al-ahmad", formations!.id, "leads")).toHaveLength(1);
    expect(relationsBetween("assad-loyalist-exiles", "russia", "in-exile-in")).toHaveLength(1);
    expect(relationsBetween("bashar-al-assad", "khaled-al-ahmad", "turned-against")).toHaveLength(1);
  });

  it("explains to students why 12,000 + 54,000 sits next to 'over 50,000'", () => {
    const step = dataset.stories
      .flatMap((story) => story.steps)
      .find((candidate) => candidate.title === "Two money networks")!;
    expect(step.text).toMatch(/66,000/);
    expect(step.text).toMatch(/own figures, not verified/);
    expect(step.text).toMatch(/took money from both sides/);
  });
});

it("the reviewer's page states the editorial rules for non-responses, inferences and rates", () => {
  const rules = EDITORIAL_RULES[dataset.id] ?? [];
  expect(rules.find((rule) => rule.startsWith("**Non-responses.**"))).toMatch(/never recorded as a denial/);
  expect(rules.find((rule) => rule.startsWith("**Inferences.**"))).toMatch(/begins with “Inference:”/);
  expect(rules.find((rule) => rule.startsWith("**Rates and counts.**"))).toMatch(
    /`per` is only ever a rate's denominator/,
  );
});
