// @vitest-environment jsdom
// A hub's details paint at once with its first relations, and the list completes in the next
// frames to exactly what the panel used to render in one go (useGrowingList).
import "@testing-library/jest-dom/vitest";
import { cleanup, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { datasetLookup, parseDataset, relationKindLabel } from "../../src/model";
import { applyFilters, DEFAULT_FILTERS } from "../../src/state";
import { DetailsPanel } from "../../src/ui/details/DetailsPanel";
import { FIRST_ITEMS, shownAfter, useGrowingList } from "../../src/ui/details/useGrowingList";
import { syntheticDataset } from "../../scripts/synthetic";

afterEach(cleanup);

const input = syntheticDataset(300);
const kinds = ["funds", "allied-with", "commands"];
// Actor a0 becomes a hub of 60 more relations, of three kinds interleaved.
for (let index = 0; index < 60; index++)
  input.relations.push({
    id: `hub-${index}`,
    from: "a0",
    to: `a${1 + (index % 299)}`,
    kind: kinds[index % 3] ?? "funds",
    claims: [],
  });
const parsed = parseDataset(input);
if (!parsed.ok) throw new Error("the hub dataset is valid");
const dataset = parsed.dataset;
const lookup = datasetLookup(dataset);
const filtered = applyFilters(dataset, DEFAULT_FILTERS);
const hubRelations = lookup.relationsOf.get("a0") ?? [];

/** Each listed relation as "kind: other actor", in the order the eager panel listed them (grouped by kind, kinds by first appearance). */
function eagerOrder(): string[] {
  const kindsInOrder = [...new Set(hubRelations.map((relation) => relation.kind))];
  return kindsInOrder.flatMap((kind) =>
    hubRelations
      .filter((relation) => relation.kind === kind)
      .map((relation) => {
        const other = relation.from === "a0" ? relation.to : relation.from;
        return `${relationKindLabel(lookup, kind)}: ${lookup.actors.get(other)?.name ?? other}`;
      }),
  );
}

const listedKinds = (panel: HTMLElement) =>
  [...panel.querySelectorAll(".relation-group")].flatMap((group) =>
    [...group.querySelectorAll("li")].map(
      (item) =>
        `${group.getAttribute("aria-label") ?? ""}: ${item.querySelector("button span[dir]")?.textContent ?? ""}`,
    ),
  );

it("lists a hub's first relations with the panel, then all of them in the eager order", async () => {
  const onSelect = vi.fn();
  render(
    <DetailsPanel
      selection={{ type: "actor", id: "a0" }}
      lookup={lookup}
      visibleRelations={filtered.relations}
      shownClaims={filtered.claims}
      onSelect={onSelect}
    />,
  );
  const panel = screen.getByRole("complementary", { name: "Details" });
  expect(hubRelations.length).toBeGreaterThan(FIRST_ITEMS + 20);
  // The heading counts every relation at once; the list starts with the first ones.
  expect(within(panel).getByRole("heading", { level: 3 })).toHaveTextContent(`Relations (${hubRelations.length})`);
  expect(listedKinds(panel)).toHaveLength(shownAfter(hubRelations.length, 0));
  expect(shownAfter(hubRelations.length, 0)).toBe(FIRST_ITEMS);
  await waitFor(() => expect(listedKinds(panel)).toHaveLength(hubRelations.length), { timeout: 10_000 });
  expect(listedKinds(panel)).toEqual(eagerOrder());
  // Each item still names the actor at the other end, in dataset order within its kind.
  const firstFunds = hubRelations.find((relation) => relation.kind === "funds");
  const other = firstFunds?.from === "a0" ? firstFunds.to : firstFunds?.from;
  const funds = within(panel).getByRole("region", { name: relationKindLabel(lookup, "funds") });
  expect(within(funds).getAllByRole("listitem")[0]).toHaveTextContent(lookup.actors.get(other ?? "")?.name ?? "?");
}, 20_000);

it("lists a small actor's relations whole in the first paint", () => {
  const small = dataset.actors.find((actor) => {
    const count = lookup.relationsOf.get(actor.id)?.length ?? 0;
    return count > 2 && count < FIRST_ITEMS;
  });
  render(
    <DetailsPanel
      selection={{ type: "actor", id: small?.id ?? "" }}
      lookup={lookup}
      visibleRelations={filtered.relations}
      shownClaims={filtered.claims}
      onSelect={vi.fn()}
    />,
  );
  const panel = screen.getByRole("complementary", { name: "Details" });
  expect(listedKinds(panel)).toHaveLength(lookup.relationsOf.get(small?.id ?? "")?.length ?? -1);
});

it("grows a list step by step to the whole list, and starts again for a new list", async () => {
  const items = Array.from({ length: 20 }, (_, index) => `item ${index}`);
  const seen: number[] = [];
  const { result, rerender } = renderHook(({ list }) => useGrowingList(list, 3, 4), { initialProps: { list: items } });
  expect(result.current).toEqual(items.slice(0, 3));
  await waitFor(
    () => {
      seen.push(result.current.length);
      expect(result.current).toBe(items);
    },
    { timeout: 10_000, interval: 5 },
  );
  // Every step showed a prefix of the list, never more than a step at a time.
  expect(seen.every((length) => [3, 7, 11, 15, 19, 20].includes(length))).toBe(true);
  const next = items.slice(5);
  rerender({ list: next });
  expect(result.current).toEqual(next.slice(0, 3));
  await waitFor(() => expect(result.current).toBe(next), { timeout: 10_000 });
}, 20_000);
