// Key facts of the two reports in the curated dataset, with the right numbers, dates and
// statuses. Facts are looked up by what they say (endpoints, kind, quantity), never by claim ids.
import { describe, expect, it } from "vitest";
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

describe("curated dataset: key facts", () => {
  it("Hassan's 12,000 fighters are his own claim", () => {
    const found = claimsOf(relationsBetween("kamal-hassan", "coastal-fighters")).filter((claim) =>
      claim.quantities.some((q) => q.value === 12000 && q.unit === "fighters"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("claimed");
    expect(found[0]!.claimedBy).toBe("kamal-hassan");
  });

  it("Makhlouf's at least 54,000 fighters are his own claim", () => {
    const found = claimsOf(relationsBetween("rami-makhlouf", "coastal-fighters")).filter((claim) =>
      claim.quantities.some((q) => q.value === 54000 && q.unit === "fighters" && q.qualifier === "at least"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("claimed");
    expect(found[0]!.claimedBy).toBe("rami-makhlouf");
  });

  it("Hassan has spent $1.5 million since March 2025 (financial records: reported)", () => {
    const found = claimsOf(relationsBetween("kamal-hassan", "coastal-fighters", "funds")).filter((claim) =>
      claim.quantities.some((q) => q.value === 1_500_000 && q.unit === "USD"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
    expect(found[0]!.time?.from).toBe("2025-03");
  });

  it("Makhlouf has spent at least $6 million on salaries (reported)", () => {
    const found = claimsOf(relationsBetween("rami-makhlouf", "coastal-fighters", "funds")).filter((claim) =>
      claim.quantities.some((q) => q.value === 6_000_000 && q.unit === "USD" && q.qualifier === "at least"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
  });

  it("fighters are paid $20–30 per fighter per month, according to the commanders", () => {
    const found = allClaims.filter((claim) =>
      claim.quantities.some(
        (q) =>
          q.value === 20 && q.max === 30 && q.unit === "USD" && q.per?.unit === "fighter" && q.per.period === "month",
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("claimed");
    const speaker = dataset.actors.find((actor) => actor.id === found[0]!.claimedBy);
    expect(speaker?.name).toMatch(/commander/i);
    expect(relationOf(found[0]!).kind).toBe("funds");
  });

  it("more than 50,000 fighters are funded, in both reports", () => {
    const found = allClaims.filter((claim) =>
      claim.quantities.some((q) => q.value === 50000 && q.unit === "fighters" && q.qualifier === "more than"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
    expect(relationOf(found[0]!).kind).toBe("funds");
    expect(relationOf(found[0]!).to).toBe("coastal-fighters");
    expect(new Set(found[0]!.sources.map((ref) => ref.source))).toEqual(new Set([firstReport!.id, secondReport!.id]));
  });

  it("the 14 underground command rooms are confirmed, citing the second report", () => {
    const found = allClaims.filter(
      (claim) =>
        claim.status === "confirmed" && claim.quantities.some((q) => q.value === 14 && /command room/.test(q.unit)),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.sources.map((ref) => ref.source)).toContain(secondReport!.id);
    expect(relationOf(found[0]!).from).toBe("coastal-command-rooms");
  });

  it("the Ministry of Justice issued an arrest warrant for Assad in September 2025", () => {
    const [ministry] = actorByName(/Ministry of Justice/);
    expect(ministry).toBeDefined();
    const found = claimsOf(relationsBetween(ministry!.id, "bashar-al-assad", "legal-action-against")).filter(
      (claim) => claim.time?.from === "2025-09",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("reported");
    expect(found[0]!.text).toMatch(/warrant/i);
  });

  it("Assad fled to Russia in December 2024, and Russia granted him asylum", () => {
    const fled = claimsOf(relationsBetween("bashar-al-assad", "russia")).filter(
      (claim) => claim.time?.from === "2024-12",
    );
    expect(fled).toHaveLength(1);
    expect(fled[0]!.time?.approximate).not.toBe(true);
    expect(fled[0]!.status).toBe("reported");

    const asylum = claimsOf(relationsBetween("russia", "bashar-al-assad", "granted-asylum-to"));
    expect(asylum.length).toBeGreaterThan(0);
    expect(asylum.every((claim) => claim.status === "reported" || claim.status === "confirmed")).toBe(true);
  });

  it("resolves 'a year ago' to an approximate December 2024", () => {
    const exile = claimsOf(relationsBetween("bashar-al-assad", "moscow"));
    expect(exile.some((claim) => claim.time?.from === "2024-12" && claim.time.approximate === true)).toBe(true);
  });

  it("Makhlouf is Bashar al-Assad's cousin", () => {
    const found = claimsOf(relationsBetween("rami-makhlouf", "bashar-al-assad", "family-of"));
    expect(found.some((claim) => /cousin/i.test(claim.text) && claim.status === "reported")).toBe(true);
  });

  it("Khaled al-Ahmad is a childhood friend of al-Sharaa, enlisted by his government", () => {
    const friends = claimsOf(relationsBetween("khaled-al-ahmad", "ahmed-al-sharaa", "friend-of"));
    expect(friends.some((claim) => /childhood/i.test(claim.text) && claim.status === "reported")).toBe(true);
    const leads = relationsBetween("ahmed-al-sharaa", "syrian-government", "leads");
    expect(leads).toHaveLength(1);
    expect(relationsBetween("syrian-government", "khaled-al-ahmad").length).toBeGreaterThan(0);
  });

  it("the Tartus governor's statements are claimed by him", () => {
    const byShami = allClaims.filter((claim) => claim.claimedBy === "ahmed-al-shami");
    expect(byShami.length).toBeGreaterThanOrEqual(2);
    expect(byShami.every((claim) => claim.status === "claimed")).toBe(true);
  });

  it("keeps both versions where the reports differ: Lebanon and mobilisation appear only in the second report", () => {
    const lebanon = claimsOf(relationsBetween("coastal-fighters", "lebanon"));
    expect(lebanon.length).toBeGreaterThan(0);
    expect(lebanon.every((claim) => claim.sources.every((ref) => ref.source === secondReport!.id))).toBe(true);
    const mobilised = allClaims.filter((claim) => /mobili[sz]ed/i.test(claim.text));
    expect(mobilised.length).toBeGreaterThan(0);
    expect(mobilised.every((claim) => claim.sources.every((ref) => ref.source === secondReport!.id))).toBe(true);
  });
});
