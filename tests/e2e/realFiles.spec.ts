// Every real file from another tool (../shared/real-graphs) opened as a person would: the Import
// button, the file chooser, the notice with the counts, then an actor and a relation selected in
// the table and their details shown, without a page error. Counts are the ones each file's own
// program shows (SOURCES.md), plus the "part of" relations that flatten nested nodes.
import { expect, test } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";
import { REAL_GRAPHS, REAL_GRAPHS_MISSING, realPath } from "./realGraphs";

interface RealFile {
  paths: string[];
  actors: number;
  relations: number;
}

const FILES: RealFile[] = [
  { paths: ["gephi-lite/Les Miserables.gexf"], actors: 77, relations: 254 },
  { paths: ["gephi-lite/airlines.graphml"], actors: 235, relations: 2101 },
  { paths: ["gephi-lite/Java.gexf"], actors: 1538, relations: 8032 },
  { paths: ["gexf-spec/dynamics.gexf"], actors: 4, relations: 5 },
  // 9 edges, and 9 "part of" relations for the nesting.
  { paths: ["gexf-spec/hierarchy1.gexf"], actors: 10, relations: 18 },
  // 3 edges, and 2 "part of" relations for the group's members.
  { paths: ["yed/yed_created_edges.graphml"], actors: 5, relations: 5 },
  { paths: ["igraph/star-undirected.gml"], actors: 9, relations: 8 },
  { paths: ["networkx/karate_club.graphml"], actors: 34, relations: 78 },
  { paths: ["networkx/karate_club.gml"], actors: 34, relations: 78 },
  { paths: ["kumu/paypal-mafia.xlsx"], actors: 34, relations: 49 },
  { paths: ["kumu/paypal-mafia-elements.csv", "kumu/paypal-mafia-connections.csv"], actors: 34, relations: 49 },
  { paths: ["aleph/sample.ftm"], actors: 17, relations: 3 },
  { paths: ["jgf/usual_suspects.json"], actors: 2, relations: 1 },
];

const fileName = (path: string) => path.split("/").pop() ?? path;

for (const file of FILES) {
  const names = file.paths.map(fileName).join(" + ");
  test(`${names}: opens through the Import button with ${file.actors} actors and ${file.relations} relations, and its actors and relations can be selected`, async ({
    page,
  }) => {
    test.skip(!REAL_GRAPHS, REAL_GRAPHS_MISSING);
    const errors = watchConsole(page);
    await openApp(page);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import…" }).click();
    await (await chooser).setFiles(file.paths.map(realPath));
    await expect(page.getByRole("status", { name: "Notices" })).toContainText(
      `Opened ${names}: ${file.actors} actors, ${file.relations} relations.`,
      { timeout: 30_000 },
    );
    expect(await page.title()).not.toBe("");

    await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Table", exact: true }).click();
    const details = page.getByRole("complementary", { name: "Details" });
    const actor = page.locator("section[aria-labelledby='actors-table-title'] tbody button").first();
    const actorName = (await actor.textContent()) ?? "";
    await actor.click();
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(actorName);

    await page.locator("section[aria-labelledby='relations-table-title'] tbody button").first().click();
    await expect(details.getByRole("heading", { level: 2 })).not.toHaveText(actorName);

    // Back on the graph with the relation selected: drawn and selectable there too.
    await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Graph", exact: true }).click();
    await expect(page.getByTestId("graph-canvas")).toBeVisible();
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
  });
}

test("a file that placed and coloured every actor opens with its own layout and colours; one without positions is not offered them", async ({
  page,
}) => {
  test.skip(!REAL_GRAPHS, REAL_GRAPHS_MISSING);
  const errors = watchConsole(page);
  await openApp(page);
  const toolbar = page.getByRole("toolbar", { name: "Graph layout and appearance" });
  await expect(toolbar.getByRole("button", { name: "File's layout" })).toHaveCount(0);
  await page.getByTestId("import-input").setInputFiles(realPath("gephi-lite/Les Miserables.gexf"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("Opened Les Miserables.gexf");
  await expect(toolbar.getByRole("button", { name: "File's layout" })).toHaveAttribute("aria-pressed", "true");
  await expect(toolbar.getByLabel("Colour by")).toHaveValue("file");
  await toolbar.getByLabel("Size by").selectOption("strength");
  await expect(page).toHaveURL(/size=strength/);
  await toolbar.getByRole("button", { name: "Force" }).click();
  await expect(toolbar.getByRole("button", { name: "Force" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/layout=force/);

  await page.getByTestId("import-input").setInputFiles(realPath("networkx/karate_club.gml"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("Opened karate_club.gml");
  await expect(toolbar.getByLabel("Colour by")).toHaveValue("kind");
  expect(errors).toEqual([]);
});
