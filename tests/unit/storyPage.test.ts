import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CYTOSCAPE_STYLESHEET_ID,
  dataBlock,
  inlineScript,
  inlineStyle,
  readStoryPage,
  storyPageCsp,
  storyPageHtml,
  STORY_PAGE_FORMAT,
  type StoryPageData,
} from "../../src/io/storyPage";
import { parseDataset, validate, type Dataset } from "../../src/model";
import { storyDataset, storyElements } from "../../src/state/share/storyDataset";

const curated = (() => {
  const result = parseDataset(JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")));
  if (!result.ok) throw new Error("curated dataset invalid");
  return result.dataset;
})();
const story = curated.stories[0]!;
const page = (dataset: Dataset): StoryPageData => ({
  format: STORY_PAGE_FORMAT,
  version: 1,
  storyId: story.id,
  hideUnconfirmed: true,
  projector: false,
  dataset,
});

describe("story page data", () => {
  it("keeps only what the story's steps show, still a valid dataset with that one story", () => {
    const subset = storyDataset(curated, story, "story");
    const needed = storyElements(curated, story);
    expect(subset.stories.map((one) => one.id)).toEqual([story.id]);
    expect(new Set(subset.relations.map((relation) => relation.id))).toEqual(needed.relations);
    expect(subset.actors.length).toBeLessThan(curated.actors.length);
    for (const id of needed.actors) expect(subset.actors.some((actor) => actor.id === id)).toBe(true);
    expect(validate(subset).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("keeps every actor and relation when the whole dataset is chosen", () => {
    const whole = storyDataset(curated, story, "whole");
    expect(whole.actors).toHaveLength(curated.actors.length);
    expect(whole.relations).toHaveLength(curated.relations.length);
    expect(whole.stories).toHaveLength(1);
  });

  it("drops focus ids of a draft that the data does not have, so the page still validates", () => {
    const draft = {
      ...story,
      id: "draft",
      steps: [
        {
          id: "s1",
          title: "T",
          text: "x",
          focus: { actors: ["nobody", story.steps[0]!.focus.actors[0]!], relations: ["rel-none"] },
        },
      ],
    };
    const subset = storyDataset(curated, draft, "story");
    expect(subset.stories[0]!.steps[0]!.focus.actors).not.toContain("nobody");
    expect(subset.stories[0]!.steps[0]!.focus.relations).toEqual([]);
  });
});

describe("story page html", () => {
  it("writes data that cannot close its script element and reads it back", () => {
    const hostile = { ...curated, title: "</script><script>alert(1)</script>" };
    const block = dataBlock(page(hostile));
    expect(block).not.toContain("<");
    const read = readStoryPage(block);
    expect(read.ok && read.data.dataset.title).toBe(hostile.title);
    expect(read.ok && read.story.id).toBe(story.id);
    expect(read.ok && read.data.hideUnconfirmed).toBe(true);
  });

  it("escapes closing tags and comment openers in the inlined script", () => {
    expect(inlineScript('a="</script>";b="<!--"')).toBe('a="<\\/script>";b="<\\!--"');
  });

  it("allows only the hashed script and style, and data: images", () => {
    const html = storyPageHtml({
      script: "1",
      style: "p{}",
      scriptHash: "AAA=",
      styleHash: "BBB=",
      data: page(curated),
      title: "A <b> story",
      lang: "en",
    });
    expect(html).toContain(`content="${storyPageCsp("AAA=", "BBB=")}"`);
    expect(storyPageCsp("AAA=", "BBB=")).toBe(
      "default-src 'none'; script-src 'sha256-AAA='; style-src 'sha256-BBB='; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(html).toContain("<title>A &lt;b&gt; story</title>");
    // Cytoscape finds its stylesheet already there and adds none that the CSP would refuse.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(
      html.indexOf(`<style id="${CYTOSCAPE_STYLESHEET_ID}">`),
    );
    expect(inlineStyle("p{}</style>")).toBe(".__________cytoscape_container { position: relative; }\np{}<\\/style>");
  });

  it("says what is wrong with a damaged data block", () => {
    expect(readStoryPage("{").ok).toBe(false);
    const notOurs = readStoryPage(JSON.stringify({ format: "other" }));
    expect(!notOurs.ok && notOurs.issues[0]?.path).toBe("format");
    const badData = readStoryPage(JSON.stringify({ ...page(curated), dataset: { ...curated, actors: "x" } }));
    expect(!badData.ok && badData.issues.some((issue) => issue.path.startsWith("dataset.actors"))).toBe(true);
    const noStory = readStoryPage(JSON.stringify({ ...page(curated), storyId: "none" }));
    expect(!noStory.ok && noStory.issues[0]?.path).toBe("storyId");
  });
});
