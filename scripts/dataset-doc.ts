// `npx tsx scripts/dataset-doc.ts [data/<id>.json]`: writes docs/data/<id>.md, a page a reviewer can
// read without the app (sources, actors, relations with every claim, stories, editorial rules).
// Defaults to the curated dataset. The page is generated: edit the JSON or this script, not the page.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { readDataset } from "../src/io";
import type { Claim, Dataset, Quantity, SourceRef, TimeSpan } from "../src/model";
import { formatPer } from "../src/ui/format/quantity";

const DEFAULT_DATASET = "data/assad-exile-network.json";

/**
 * Editorial rules per dataset id: the decisions behind the data that the JSON cannot say itself.
 * Kept here, next to the generator, so that the page always carries them.
 */
export const EDITORIAL_RULES: Record<string, string[]> = {
  "assad-exile-network": [
    "**What this dataset is built from.** Two news reports published in December 2025 (S1, S2). Both retell one Reuters investigation (S3), which we did not read ourselves. S3 exists in the data so that both reports can point to it with `relays`: a claim backed by S1 and S2 together therefore rests on **one independent source**, not two, and the app counts it that way.",
    "**Titles, publishers, dates, addresses.** Titles are copied exactly as printed, including the section suffix of S1 (“| News from the war in Syria”) and the “- Reuters” ending of S2. Neither text names its own publisher: “Technical News” (S1) is a section label, “ua en ru” (S2) a language switch, so no publisher is given for S1 or S2. S3's publisher is Reuters, named in both texts; its title is not given by either report, so S3 carries a descriptive title that says so. S3's month (2025-12) is inferred: S1 says the findings came out as Syria marked one year since Assad's fall (December 2024). No source has a URL, because none appears in the texts.",
    "**Locators.** “paragraph N” counts the paragraphs of the article body as printed in the source text, starting at 1 with the first paragraph after the headline. Not counted: site chrome (“Technical News”, the “ua en ru” language line, “Recommended Stories” / “list of 3 items”, “Related Articles”, comment forms, “Back to top”), S2's photo caption under the headline, and S2's subheading “What Bashar al-Assad is accused of”. Quoted sentences standing alone count as paragraphs. S1 has 22 body paragraphs, S2 has 13. Actor source references may list several paragraphs; every claim reference names exactly one paragraph (a claim resting on two paragraphs of the same report has two references).",
    "**Status: reported.** The default. Used for what a report presents as Reuters' own finding, including what internal documents and financial records that Reuters says it reviewed show (Hassan's $1.5 million, Makhlouf's at least $6 million), and things Reuters says it saw (the WhatsApp message, the photos). The first report attributes all four figures of its paragraph 12 (both men's spending and both men's fighter numbers) jointly to “internal documents and financial records”; the claims say so and do not split the figures between documents and records.",
    "**Status: claimed.** Used when the text attributes a statement to a party rather than to Reuters, with `claimedBy` naming that party: the fighter numbers each exile gives for himself (Hassan 12,000, Makhlouf at least 54,000; the report ties them to internal documents and financial records, but they are the men's own figures); the Tartus governor's two statements (authorities aware and ready; the plotters lack means), claimed by Ahmed al-Shami; the pay of $20–30 a month and the “money from both sides” statement, claimed by the commanders on the ground (Reuters attributes them to the commanders and does not present them as its own finding, and the commanders are parties to the story); Hassan's calls and voice messages to commanders as told by his relatives (S1), claimed by the relatives; S2 retells the same account without naming its source (and adds advisers), so its version has the same status and `claimedBy`.",
    "**Status: confirmed.** Used once: the existence of the network of 14 underground command rooms, because S2 says two officers and a regional governor confirmed it. S1 states the same fact as a Reuters finding; the claim carries both references and the stronger status, and its text says who confirmed. We do not assume that the unnamed “regional governor” is Ahmed al-Shami.",
    "**No `denied`, no `disputed`.** Silence is not a denial, so no claim is marked `denied`. Where the reports differ (below), they do not contradict each other outright, so nothing is marked `disputed`: both versions are kept as separate claims instead.",
    "**Non-responses.** Hassan and Makhlouf did not respond to Reuters' requests for comment, and Reuters could not reach Bashar or Maher al-Assad (S2 paragraph 11). Fairness requires that a reader who sees claims about these four men also sees that the reports carry no reply from them: each one's summary says so, each has a relation of kind “Sought comment from” from Reuters with a `reported` claim citing S2 paragraph 11, and the step “Their side of the story” tells students. A non-response is never recorded as a denial or as agreement.",
    "**Inferences.** Where a relation is our reading of the text rather than something a report states, its claim text begins with “Inference:” and says what the text does say: the commanders on the ground leading the fighters, Hassan's WhatsApp message being meant for the paid fighters (the report does not say who received it), Assad's militarized formations counting as part of his regime's forces. A claim never turns an inference into a finding.",
    "**Rates and counts.** A quantity's `per` is only ever a rate's denominator (`{ unit, period }`): the one rate in the reports is the fighters' pay, $20–30 per fighter per month. What a number counts goes in `about` (“48 people interviewed by Reuters”, “2 officers confirming the rooms exist”, “at least $6 million on salaries”). Schema version 1 files, which had `per` as free text, are migrated on load: text that reads as a rate becomes `per`, the rest becomes `about`.",
    "**Where the two reports differ, both claims are kept.** (1) Where the militias are formed: only S2 adds Lebanon to the coast (`rel-fighters-in-lebanon`). (2) Who was closest to Assad: S1 calls Hassan and Makhlouf the two men once closest to him, S2 two of his once-closest associates (both wordings are kept, one claim each). (3) Mobilisation: only S2 says the exiles do not seem to have mobilised any forces yet (`cl-plot-no-forces-yet`), while S1 says they fund over 50,000 fighters. (4) Khaled al-Ahmad's change of side: “mid-war” in S1, after Assad turned against him in S2. (5) Hassan's calls: to commanders in S1, to commanders and advisers in S2 (both recorded as his relatives' account). (6) The people al-Ahmad must win over: “civilians” in S1, “Alawite civilians” in S2 (one claim; the text says so).",
    "**One claim, several sources.** When both reports state the same thing, it is one claim with one reference to each report. The claim id is unique across the dataset; the app counts S1 and S2 as one independent source because both relay S3.",
    "**Numbers.** Every number is a `quantity` with a unit. A qualifier is set only when the text gives one (“at least”, “more than” / “over”); a bare figure (12,000 fighters, $1.5 million, 48 people, 14 rooms) has none, which means “as printed”, not “exactly”. A range is `value` + `max` (20–30 USD, per fighter per month). Money is in USD. Vague amounts (“millions of dollars”, “tens of thousands” of fighters) stay in the claim text and are not turned into numbers. The “14-year civil war” (S1 paragraph 9) is recorded as 14 years on Makhlouf's funding claim, the claim that paragraph supports.",
    "**Dates.** Partial ISO dates, as precise as the text allows. Explicit months are used as given (December 2024, September 2025). “Since March” in a December 2025 report is March 2025 (the month is printed, only the year is inferred, so it is not marked approximate); the spending runs to the report's month. Likewise the sectarian violence “in March and July” (S1 paragraph 21) is 2025-03 to 2025-07. Relative phrases are resolved against the report's month and marked `approximate`: “a year ago” → 2024-12, “this week” → 2025-12, “near the end of al-Assad's rule” → up to 2024-12. A one-off event has `from` = `to`; a lasting state (exile, governing) has only `from`; a state that ended has only `to`.",
    "**Claims in our own words.** Claim texts, summaries and story steps are paraphrases written for this dataset; no sentence is copied. Short fragments of a few words survive where they are names or plain facts (“14 underground command rooms”). Hassan's WhatsApp message and al-Shami's remark are paraphrased, not quoted.",
    "**Command rooms.** Both reports present control of the 14 command rooms and the weapons caches as shared by Hassan and Makhlouf (“one of the rewards for the two men”, S1; “one advantage for Hassan and Makhlouf”, S2). Each man's link to the rooms and to the caches therefore has the kind “Shares a stake in”, never “Controls”, and no claim says that either man controls them alone or that they are still competing for them.",
    "**Actors.** Everyone and everything the reports give a role. Groups are modelled as actors so that the claims about them have a place: “Assad loyalists in exile and other factions” (S1's “former loyalists” and “other factions”, S2's supporters who fled to Russia; not “allied”, and not said to be led by anyone), which carries the collective claims (over 50,000 fighters, the uprising plan); “Commanders on the ground”, who speak about pay (the reports do not say they are the commanders Hassan calls); Hassan's advisers; the opposition whose victory ended Assad's rule; Assad's militarized formations, of which Khaled al-Ahmad was a leader. The sectarian violence of March and July 2025 is an actor of kind “Event”, so that the claim about it (S1 paragraph 21) has a locator. Reuters is an actor too, because it is part of the story (it interviewed 48 people and the relatives); it is also source S3.",
    "**Relations that are implied rather than stated,** each marked in its claim text: Maher al-Assad is Bashar's brother (S2 mentions “his brother” and later names Maher); Maher's only other relation says what S2 says, that he has not accepted the loss of power (kind “Has not accepted the loss of power in”), and neither report links him to the plot; the Ministry of Justice belongs to the new government (it acted in September 2025, nine months after Assad's fall); Ahmed al-Shami works for the government (he speaks for “Syrian authorities”); the commanders lead the fighters; Hassan's WhatsApp message is linked to the fighters, since it tells “my people” to keep their weapons; Moscow is in Russia; the photos showing rooms full of weapons link the command rooms to the weapons caches.",
    "**Aliases.** Other spellings, transliterations, titles and abbreviations of the same name (for example “Rami Makhluf”, “Kamal Hasan”, “Major General Kamal Hassan”, “al-Assad”, “UNSC”), so that search finds an actor however it is written. Official long names that the texts do not use are not added, nor labels that stigmatise a community. Arabic script only where the standard form is certain (رامي مخلوف, بشار الأسد, أحمد الشرع …); Kamal Hassan has no Arabic alias, because the forms in use differ and we could not settle one, and “Kamal al-Hassan” is left out for the same reason. Other names a person has gone by are not added (e.g. al-Sharaa's former nom de guerre).",
    "**Left out, and why.** The parties to the sectarian violence of March and July 2025: the report names none, so the event is linked only to Syria, as a challenge it faces. The unnamed “regional governor” who confirmed the command rooms is not made an actor. S2's headline wording “Pro-Assad Russians”: the text itself describes Syrian supporters of Assad living in Russia, so no claim about Russian nationals was made. Site chrome, photo captions and reader-comment forms.",
    "**Stories.** Two stories, “The exiles and their money” (ten steps) and “The new government's answer” (eight steps), written for 16-year-olds. Every step focuses only on actors and relations that exist in the data. Two steps hide `claimed`, `disputed` and `denied` claims to show what the sources found or confirmed on their own; the step text says so. Story texts attribute what they say: the relaying reports' own remarks (e.g. the risk of sectarian violence, S1 paragraph 3) are not presented as Reuters' warnings.",
  ],
};

/** Escapes a value for a Markdown table cell: pipes, line breaks and HTML-looking brackets. */
export function cell(value: string | undefined): string {
  if (value === undefined || value === "") return "";
  return value
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n/g, " ");
}

function table(headers: string[], rows: string[][]): string {
  const head = `| ${headers.join(" | ")} |`;
  const rule = `| ${headers.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${row.join(" | ")} |`);
  return [head, rule, ...body].join("\n");
}

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatQuantity(quantity: Quantity): string {
  const amount =
    quantity.max === undefined
      ? numberFormat.format(quantity.value)
      : `${numberFormat.format(quantity.value)}–${numberFormat.format(quantity.max)}`;
  const parts = [quantity.qualifier, amount, quantity.unit, quantity.about].filter((part) => part !== undefined);
  return quantity.per ? formatPer(quantity.per, parts.join(" ")) : parts.join(" ");
}

export function formatTime(time: TimeSpan | undefined): string {
  if (!time || (!time.from && !time.to)) return "";
  let text: string;
  if (time.from && time.to) text = time.from === time.to ? time.from : `${time.from} – ${time.to}`;
  else if (time.from) text = `from ${time.from}`;
  else text = `until ${time.to}`;
  return time.approximate ? `≈ ${text} (approximate)` : text;
}

/** Renders the reviewer's page for a validated dataset. Pure: no file access. */
export function renderDatasetDoc(dataset: Dataset, datasetPath: string, rules: string[] | undefined): string {
  const sourceLabel = new Map(dataset.sources.map((source, index) => [source.id, `S${index + 1}`]));
  const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
  const actorName = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const actorKindLabel = new Map(dataset.actorKinds.map((kind) => [kind.id, kind.label]));
  const relationKind = new Map(dataset.relationKinds.map((kind) => [kind.id, kind]));
  const relationById = new Map(dataset.relations.map((relation) => [relation.id, relation]));
  const claims: Claim[] = dataset.relations.flatMap((relation) => relation.claims);

  const refs = (list: SourceRef[]): string =>
    list.map((ref) => `${sourceLabel.get(ref.source) ?? ref.source}${ref.locator ? ` ${ref.locator}` : ""}`).join("; ");
  const actorLabel = (id: string): string => `${actorName.get(id) ?? id} (\`${id}\`)`;

  const out: string[] = [];
  out.push(`# ${dataset.title}`);
  out.push("");
  out.push(
    `> Generated by \`scripts/dataset-doc.ts\` from \`${datasetPath}\`. Do not edit this page by hand: edit the dataset (or the editorial rules in the script) and run \`npx tsx scripts/dataset-doc.ts ${datasetPath}\` again.`,
  );
  out.push("");
  if (dataset.summary) out.push(dataset.summary, "");
  out.push(
    table(
      ["Field", "Value"],
      [
        ["Dataset id", `\`${dataset.id}\``],
        ["Schema version", String(dataset.schemaVersion)],
        ["As of", cell(dataset.asOf ?? "—")],
        ["Language", cell(dataset.language ?? "—")],
        [
          "Counts",
          `${dataset.actors.length} actors, ${dataset.relations.length} relations, ${claims.length} claims, ${dataset.sources.length} sources, ${dataset.stories.length} stories (${dataset.stories.reduce((n, story) => n + story.steps.length, 0)} steps)`,
        ],
        [
          "Claims by status",
          ["confirmed", "reported", "claimed", "disputed", "denied"]
            .map((status) => `${status} ${claims.filter((claim) => claim.status === status).length}`)
            .join(", ") +
            `; relations without any claim (unsourced): ${dataset.relations.filter((relation) => relation.claims.length === 0).length}`,
        ],
        ...(dataset.origin
          ? [["Imported from (origin, not a source)", cell(`${dataset.origin.file} (${dataset.origin.format})`)]]
          : []),
      ],
    ),
  );
  out.push("");

  out.push("## Sources", "");
  out.push(
    "Short labels (S1, S2 …) are used in the tables below. A source that *relays* another is not independent of it: claims backed only by sources that relay the same original count as one source.",
    "",
  );
  out.push(
    table(
      ["Label", "Id", "Title", "Publisher", "Published", "Relays", "URL"],
      dataset.sources.map((source) => {
        const relayed = source.relays ? sourceById.get(source.relays) : undefined;
        return [
          sourceLabel.get(source.id) ?? "",
          `\`${source.id}\``,
          cell(source.title),
          cell(source.publisher ?? "— (not named in the text)"),
          cell(source.published ?? ""),
          source.relays
            ? `${sourceLabel.get(source.relays) ?? ""} (\`${source.relays}\`)${relayed?.publisher ? ` ${cell(relayed.publisher)}` : ""}`
            : "",
          source.url ? cell(source.url) : "—",
        ];
      }),
    ),
  );
  out.push("");

  out.push("## Vocabulary", "");
  out.push("### Actor kinds", "");
  out.push(
    table(
      ["Id", "Label", "Description", "Actors"],
      dataset.actorKinds.map((kind) => [
        `\`${kind.id}\``,
        cell(kind.label),
        cell(kind.description),
        String(dataset.actors.filter((actor) => actor.kind === kind.id).length),
      ]),
    ),
  );
  out.push("");
  out.push("### Relation kinds", "");
  out.push(
    table(
      ["Id", "Label", "Directed", "Description", "Relations"],
      dataset.relationKinds.map((kind) => [
        `\`${kind.id}\``,
        cell(kind.label),
        kind.directed ? "yes" : "no",
        cell(kind.description),
        String(dataset.relations.filter((relation) => relation.kind === kind.id).length),
      ]),
    ),
  );
  out.push("");

  out.push("## Actors", "");
  out.push(
    table(
      ["Name", "Id", "Kind", "Aliases", "Summary", "Tags", "Sources"],
      dataset.actors.map((actor) => [
        cell(actor.name),
        `\`${actor.id}\``,
        cell(actorKindLabel.get(actor.kind) ?? actor.kind),
        cell(actor.aliases.join(", ")),
        cell(actor.summary),
        cell(actor.tags.join(", ")),
        cell(refs(actor.sources)),
      ]),
    ),
  );
  out.push("");

  out.push("## Relations and claims", "");
  out.push(
    "One row per claim. Direction: “→” for directed kinds (from → to), “—” for undirected ones. Status meanings (DESIGN §1): **confirmed** verified by the source or by officials on record; **reported** the source's own finding; **claimed** asserted by a party (see *Claimed by*) and not verified; **disputed** contradicted elsewhere; **denied** denied by the party concerned.",
    "",
  );
  const relationRows: string[][] = [];
  for (const relation of dataset.relations) {
    const kind = relationKind.get(relation.kind);
    const arrow = kind?.directed === false ? "—" : "→";
    for (const claim of relation.claims) {
      relationRows.push([
        cell(actorName.get(relation.from) ?? relation.from),
        cell(`${arrow} ${kind?.label ?? relation.kind} ${arrow}`),
        cell(actorName.get(relation.to) ?? relation.to),
        `\`${relation.id}\` / \`${claim.id}\``,
        cell(claim.text),
        `**${claim.status}**`,
        claim.claimedBy ? cell(actorName.get(claim.claimedBy) ?? claim.claimedBy) : "",
        cell(formatTime(claim.time)),
        cell(claim.quantities.map(formatQuantity).join("; ")),
        cell(refs(claim.sources)),
      ]);
    }
  }
  out.push(
    table(
      ["From", "Relation", "To", "Ids", "Claim", "Status", "Claimed by", "Time", "Quantities", "Sources"],
      relationRows,
    ),
  );
  out.push("");

  out.push("## Stories", "");
  for (const story of dataset.stories) {
    out.push(`### ${story.title} (\`${story.id}\`)`, "");
    if (story.audience) out.push(`Audience: ${story.audience}.`, "");
    story.steps.forEach((step, index) => {
      out.push(`${index + 1}. **${step.title}** (\`${step.id}\`) — ${step.text}`);
      const actors = step.focus.actors.map(actorLabel).join(", ");
      const relations = step.focus.relations
        .map((id) => {
          const relation = relationById.get(id);
          if (!relation) return `\`${id}\``;
          const kind = relationKind.get(relation.kind);
          return `${actorName.get(relation.from) ?? relation.from} ${kind?.label.toLowerCase() ?? relation.kind} ${actorName.get(relation.to) ?? relation.to}`;
        })
        .join("; ");
      if (actors) out.push(`   - Focus actors: ${actors}`);
      if (relations) out.push(`   - Focus relations: ${relations}`);
      if (step.hideStatuses?.length) out.push(`   - Hides claims with status: ${step.hideStatuses.join(", ")}`);
    });
    out.push("");
  }

  out.push("## Editorial rules", "");
  if (rules && rules.length > 0) for (const rule of rules) out.push(`- ${rule}`);
  else out.push("No editorial rules are recorded for this dataset in `scripts/dataset-doc.ts`.");
  out.push("");
  return out.join("\n");
}

function main(): void {
  const datasetPath = process.argv[2] ?? DEFAULT_DATASET;
  const result = readDataset(readFileSync(datasetPath, "utf8"));
  if (!result.ok) {
    for (const issue of result.issues) console.error(`${datasetPath}: ${issue.path}: ${issue.message}`);
    process.exit(1);
  }
  for (const warning of result.warnings) console.warn(`${datasetPath}: ${warning.path}: warning: ${warning.message}`);
  const shownPath = relative(process.cwd(), datasetPath) || datasetPath;
  const markdown = renderDatasetDoc(result.dataset, shownPath, EDITORIAL_RULES[result.dataset.id]);
  const outPath = join("docs", "data", `${result.dataset.id}.md`);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, markdown, "utf8");
  console.log(`wrote ${outPath}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
