import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, hashToState } from "../../src/state";
import { attributeText, embedSnippet, embedUrl, openInTangleUrl } from "../../src/state/share/embedLinks";

const view = {
  ...DEFAULT_STATE,
  datasetId: "demo",
  filters: { ...DEFAULT_STATE.filters, hiddenStatuses: ["claimed" as const] },
};

describe("embed links", () => {
  it("adds embed=1 to the view's hash and drops any old hash of the app address", () => {
    const url = embedUrl("https://example.org/tangle/#d=old", view);
    expect(url).toBe("https://example.org/tangle/#d=demo&hs=claimed&embed=1");
    const state = hashToState(new URL(url).hash).state;
    expect(state.embed).toBe(true);
    expect(state.filters.hiddenStatuses).toEqual(["claimed"]);
  });

  it("opens the same view in the full app, without embed", () => {
    expect(openInTangleUrl("http://127.0.0.1:4423/", { ...view, embed: true })).toBe(
      "http://127.0.0.1:4423/#d=demo&hs=claimed",
    );
  });

  it("keeps a story step and hide-unconfirmed in the embedded view", () => {
    const url = embedUrl("http://x/", {
      ...DEFAULT_STATE,
      datasetId: "demo",
      story: { id: "intro", step: 2, hideUnconfirmed: true },
    });
    expect(hashToState(new URL(url).hash).state.story).toEqual({ id: "intro", step: 2, hideUnconfirmed: true });
  });

  it("writes an iframe with a title and a default size, escaping hostile titles", () => {
    const snippet = embedSnippet({ url: "http://x/#d=a&embed=1", title: 'Tangle: "Who" <script>' });
    expect(snippet).toContain('src="http://x/#d=a&amp;embed=1"');
    expect(snippet).toContain('title="Tangle: &quot;Who&quot; &lt;script&gt;"');
    expect(snippet).toContain('width="800" height="500"');
    expect(snippet).not.toContain("<script>");
  });

  it("keeps sizes in a sane range", () => {
    expect(embedSnippet({ url: "u", title: "t", size: { width: 10, height: Number.NaN } })).toContain(
      'width="200" height="200"',
    );
    expect(attributeText("a&b")).toBe("a&amp;b");
  });
});
