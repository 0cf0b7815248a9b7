// The graph region's words for a screen reader, on the placeholder fixture (4 actors, 3 relations).
import { describe, expect, it } from "vitest";
import { datasetLookup } from "../../src/model";
import { describeGraph, describeShown } from "../../src/ui/graph/describeGraph";
import { placeholderDataset } from "./fixtures";
import { createTranslator } from "../../src/ui/i18n/translator";
import arMessages from "../../src/ui/i18n/messages/ar.json";
import ukMessages from "../../src/ui/i18n/messages/uk.json";

const lookup = datasetLookup(placeholderDataset());
const all = { actors: new Set(lookup.actors.keys()), relations: new Set(lookup.relations.keys()) };
const some = { actors: new Set(["ada-example", "example-fund"]), relations: new Set(["rel-ada-fund"]) };

describe("describeGraph", () => {
  it("says how much of the network is shown and that nothing is selected", () => {
    expect(describeGraph({ lookup, visible: all, focus: undefined, selection: undefined })).toBe(
      "Showing 4 of 4 actors and 3 of 3 relations. Nothing selected.",
    );
  });

  it("names the focus and its depth, and the selected actor", () => {
    const text = describeGraph({
      lookup,
      visible: some,
      focus: { actor: "ada-example", depth: 1 },
      selection: { type: "actor", id: "example-fund" },
    });
    expect(text).toBe(
      "Showing 2 of 4 actors and 1 of 3 relations. Focus: Ada Example and direct neighbours. Selected: Example Fund.",
    );
    expect(
      describeShown({ lookup, visible: some, focus: { actor: "ada-example", depth: 2 }, selection: undefined }),
    ).toBe("Showing 2 of 4 actors and 1 of 3 relations. Focus: Ada Example and neighbours up to 2 steps away.");
  });

  it("names both ends of a selected relation, and a highlighted path", () => {
    const text = describeGraph({
      lookup,
      visible: all,
      focus: undefined,
      selection: { type: "relation", id: "rel-bob-ada" },
      pathLength: 2,
    });
    expect(text).toBe(
      "Showing 4 of 4 actors and 3 of 3 relations. A path of 2 relations is highlighted. Selected: the relation between Bob Sample and Ada Example.",
    );
  });

  it("says nothing false about ids that are not in the dataset", () => {
    const text = describeGraph({
      lookup,
      visible: all,
      focus: { actor: "nobody", depth: 1 },
      selection: { type: "actor", id: "nobody" },
    });
    expect(text).toBe("Showing 4 of 4 actors and 3 of 3 relations.");
  });
});

describe("describeGraph in the interface language", () => {
  const uk = createTranslator("uk", ukMessages);
  const ar = createTranslator("ar", arMessages);

  it("Ukrainian: counts with the genitive after «з», focus depth and the selected relation", () => {
    const text = describeGraph(
      {
        lookup,
        visible: some,
        focus: { actor: "ada-example", depth: 2 },
        selection: { type: "relation", id: "rel-bob-ada" },
        pathLength: 2,
      },
      uk,
    );
    expect(text).toBe(
      "Показано 2 з 4 учасників і 1 з 3 зв'язків. Фокус: Ada Example і сусіди на відстані до 2 кроків. Виділено шлях: 2 зв'язки. Вибрано: зв'язок між Bob Sample і Ada Example.",
    );
  });

  it("Arabic: nothing selected, direct neighbours; the Latin name is a bidi isolate", () => {
    const text = describeGraph(
      { lookup, visible: all, focus: { actor: "ada-example", depth: 1 }, selection: undefined },
      ar,
    );
    expect(text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660))).toBe(
      "يظهر 4 من أصل 4 فاعلين و3 من أصل 3 علاقات. التركيز: \u2068Ada Example\u2069 وجيرانه المباشرون. لا شيء محدد.",
    );
  });
});
