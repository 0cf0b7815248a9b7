import { serializeDataset } from "./datasetJson-_SpXaJIP.js";
import { P as zipSync, _ as toGexf, a as RELATION_COLUMNS, b as FTM_EDGES, c as STORY_COLUMNS, f as formatCsvRow, h as toGraphml, i as KIND_COLUMNS, j as strToU8, l as TABLE_FILES, n as CLAIM_COLUMNS, o as RELATION_DERIVED_COLUMNS, r as DATASET_COLUMNS, s as SOURCE_COLUMNS, t as ACTOR_COLUMNS, u as guardCell } from "./tableColumns-CeVVkeAF.js";
import { u as relationStatus } from "./model-CG2iP_D6.js";
// src/io/tables/toCsvTables.ts
var cell = (value, kind) => {
	if (value === void 0) return "";
	return kind === "text" && typeof value === "string" ? value : JSON.stringify(value);
};
var rowOf = (columns, item) => columns.map(([, field, kind]) => cell(item[field], kind));
var csvFile = (header, rows) => [header, ...rows].map((row) => `${formatCsvRow(row.map(guardCell))}\r\n`).join("");
var headerOf = (columns) => columns.map(([header]) => header);
/** The tables as CSV texts, by table name. */
function toCsvTables(dataset) {
	const directed = new Map(dataset.relationKinds.map((kind) => [kind.id, kind.directed]));
	const { actors, relations, sources, stories, actorKinds, relationKinds, ...envelope } = dataset;
	return {
		dataset: csvFile(headerOf(DATASET_COLUMNS), [rowOf(DATASET_COLUMNS, envelope)]),
		sources: csvFile(headerOf(SOURCE_COLUMNS), sources.map((source) => rowOf(SOURCE_COLUMNS, source))),
		kinds: csvFile(headerOf(KIND_COLUMNS), [...actorKinds.map((kind) => rowOf(KIND_COLUMNS, {
			collection: "actor",
			...kind
		})), ...relationKinds.map((kind) => rowOf(KIND_COLUMNS, {
			collection: "relation",
			...kind
		}))]),
		actors: csvFile(headerOf(ACTOR_COLUMNS), actors.map((actor) => rowOf(ACTOR_COLUMNS, actor))),
		relations: csvFile([...headerOf(RELATION_COLUMNS), ...RELATION_DERIVED_COLUMNS], relations.map((relation) => [
			...rowOf(RELATION_COLUMNS, relation),
			String(directed.get(relation.kind) ?? true),
			relationStatus(relation),
			String(relation.claims.length)
		])),
		claims: csvFile(headerOf(CLAIM_COLUMNS), relations.flatMap((relation) => relation.claims.map((claim) => rowOf(CLAIM_COLUMNS, {
			relationId: relation.id,
			...claim
		})))),
		stories: csvFile(headerOf(STORY_COLUMNS), stories.flatMap((story) => story.steps.map((step) => rowOf(STORY_COLUMNS, {
			storyId: story.id,
			storyTitle: story.title,
			audience: story.audience,
			...step
		}))))
	};
}
/** One .zip holding every table, each named as in TABLE_FILES. */
function toCsvZip(dataset) {
	const tables = toCsvTables(dataset);
	const entries = Object.fromEntries(Object.keys(TABLE_FILES).map((name) => [TABLE_FILES[name], strToU8(tables[name])]));
	return zipSync(entries, { mtime: /* @__PURE__ */ new Date("2000-01-01T00:00:00Z") });
}
// src/io/ftm/toFtm.ts
var THING_BY_KIND = {
	person: "Person",
	organisation: "Organization",
	organization: "Organization",
	company: "Company",
	"public-body": "PublicBody",
	publicbody: "PublicBody",
	family: "Family"
};
function linkSchema(kind) {
	return Object.keys(FTM_EDGES).find((schema) => schema.toLowerCase() === kind.replace(/-/g, "")) ?? "UnknownLink";
}
function thing(actor) {
	const properties = { name: [actor.name] };
	if (actor.aliases.length > 0) properties.alias = actor.aliases;
	if (actor.summary !== void 0) properties.summary = [actor.summary];
	if (actor.tags.length > 0) properties.keywords = actor.tags;
	return {
		id: actor.id,
		schema: THING_BY_KIND[actor.kind] ?? "LegalEntity",
		properties
	};
}
function link(dataset, relation, claim, id) {
	const schema = linkSchema(relation.kind);
	const ends = FTM_EDGES[schema] ?? {
		source: "subject",
		target: "object"
	};
	const properties = {
		[ends.source]: [relation.from],
		[ends.target]: [relation.to]
	};
	if (schema === "UnknownLink") properties.role = [dataset.relationKinds.find((kind) => kind.id === relation.kind)?.label ?? relation.kind];
	if (claim) {
		const sources = claim.sources.map((ref) => dataset.sources.find((source) => source.id === ref.source)).filter((source) => source !== void 0);
		properties.summary = [claim.text];
		properties.description = [`status: ${claim.status}`];
		if (claim.time?.from !== void 0) properties.startDate = [claim.time.from];
		if (claim.time?.to !== void 0) properties.endDate = [claim.time.to];
		const urls = sources.flatMap((source) => source.url === void 0 ? [] : [source.url]);
		if (urls.length > 0) properties.sourceUrl = urls;
		properties.publisher = sources.map((source) => source.publisher ?? source.title);
		const money = claim.quantities.find((quantity) => /^[A-Z]{3}$/.test(quantity.unit));
		if (schema === "Payment" && money) {
			properties.amount = [String(money.value)];
			properties.currency = [money.unit];
		}
	}
	return {
		id,
		schema,
		properties
	};
}
function toFtm(dataset) {
	return [...dataset.actors.map(thing), ...dataset.relations.flatMap((relation) => relation.claims.length === 0 ? [link(dataset, relation, void 0, relation.id)] : relation.claims.map((claim) => link(dataset, relation, claim, `${relation.id}.${claim.id}`)))].map((entity) => JSON.stringify(entity)).join("\n") + "\n";
}
export { serializeDataset, toCsvZip, toFtm, toGexf, toGraphml };
