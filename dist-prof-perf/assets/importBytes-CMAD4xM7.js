const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./readWorkbook-npjWiaDv.js","./preload-helper-CALLvQDj.js"])))=>i.map(i=>d[i]);
import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { I as isPartialDate, V as hasErrors, h as LIMITS, i as parseDataset, m as ID_PATTERN, n as uniqueId, t as slugify, z as error } from "./model-CG2iP_D6.js";
import { A as strFromU8, C as EDGE_ATTRIBUTES, D as joinList, E as NODE_ATTRIBUTES_JSON, N as unzipSync, O as splitList, T as NODE_ATTRIBUTES, a as RELATION_COLUMNS$1, b as FTM_EDGES, c as STORY_COLUMNS, d as unguardCell, g as GEXF_ENVELOPE_LABEL, i as KIND_COLUMNS, k as readEnvelope, l as TABLE_FILES, m as GRAPHML_ENVELOPE_KEY, n as CLAIM_COLUMNS, o as RELATION_DERIVED_COLUMNS, p as parseCsv, r as DATASET_COLUMNS, s as SOURCE_COLUMNS, t as ACTOR_COLUMNS$1, v as jsonFromComment, w as EDGE_ATTRIBUTES_JSON, x as TIME_PROPERTIES, y as EVIDENCE_PROPERTIES } from "./tableColumns-CeVVkeAF.js";
import { d as salvage, l as readDataset, u as parseJson } from "./index-w2_2BSXc.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/io/decodeText.ts
var SNIFF_BYTES = 1024;
function byteOrderMark(bytes) {
	if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return "utf-8";
	if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
	if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
}
/** UTF-16 without a mark: text in Latin script has a zero in every other byte. */
function sniffUtf16(bytes) {
	const length = Math.min(bytes.length, SNIFF_BYTES) & -2;
	if (length < 4) return void 0;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let index = 0; index < length; index += 2) {
		if (bytes[index] === 0) evenZeros++;
		if (bytes[index + 1] === 0) oddZeros++;
	}
	const pairs = length / 2;
	if (oddZeros > pairs * .4 && evenZeros < pairs * .1) return "utf-16le";
	if (evenZeros > pairs * .4 && oddZeros < pairs * .1) return "utf-16be";
}
/** The `encoding` of an XML declaration (read as ASCII: the declaration is ASCII in every encoding we sniff). */
function xmlDeclaredEncoding(bytes) {
	const head = String.fromCharCode(...bytes.subarray(0, 200));
	return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}
function decoderFor(label, fatal = false) {
	try {
		return new TextDecoder(label, { fatal });
	} catch {
		return;
	}
}
function strictUtf8(bytes) {
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return;
	}
}
var CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
function windows1252(bytes) {
	return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009F]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 128] ?? char);
}
var NAMES = {
	"utf-8": "UTF-8",
	"utf-16le": "UTF-16 (little-endian)",
	"utf-16be": "UTF-16 (big-endian)",
	"windows-1252": "Windows-1252 (Latin-1)"
};
/** A name for people: "UTF-8", "Windows-1252 (Latin-1)", or the WHATWG name. */
var encodingName = (encoding) => NAMES[encoding] ?? encoding;
/** Never throws; any bytes give some text. A byte order mark is removed from the text. */
function decodeText(bytes, options = {}) {
	const marked = byteOrderMark(bytes) ?? sniffUtf16(bytes);
	if (marked) return {
		text: decoderFor(marked).decode(bytes),
		encoding: marked
	};
	const declared = xmlDeclaredEncoding(bytes) ?? options.declaredEncoding;
	let note;
	if (declared) {
		const decoder = decoderFor(declared);
		if (decoder && !decoder.encoding.startsWith("utf-16")) {
			if (decoder.encoding === "windows-1252") return {
				text: windows1252(bytes),
				encoding: decoder.encoding
			};
			if (decoder.encoding !== "utf-8") return {
				text: decoder.decode(bytes),
				encoding: decoder.encoding
			};
		} else if (!decoder) note = `the declared encoding "${declared}" is unknown`;
	}
	const utf8 = strictUtf8(bytes);
	if (utf8 !== void 0) return {
		text: utf8,
		encoding: "utf-8",
		...note ? { note: `${note}; read as UTF-8` } : {}
	};
	const fallback = `${note ? `${note}; ` : ""}not valid UTF-8; read as Windows-1252 (Latin-1)`;
	return {
		text: windows1252(bytes),
		encoding: "windows-1252",
		note: fallback
	};
}
// src/io/detectFormat.ts
var CONVERT = "Open it in Gephi (or networkx/igraph) and save it as GEXF or GraphML, then import that file.";
var UNSUPPORTED = {
	dot: `is a Graphviz DOT file, which Tangle does not read. ${CONVERT}`,
	gv: `is a Graphviz DOT file, which Tangle does not read. ${CONVERT}`,
	net: `is a Pajek .net file, which Tangle does not read. ${CONVERT}`,
	paj: `is a Pajek file, which Tangle does not read. ${CONVERT}`,
	gdf: `is a GUESS .gdf file, which Tangle does not read. ${CONVERT}`,
	dl: `is a UCINET DL file, which Tangle does not read. ${CONVERT}`,
	vna: `is a NetDraw VNA file, which Tangle does not read. ${CONVERT}`,
	xls: "is an old Excel workbook (.xls). Save it as .xlsx or CSV in Excel or LibreOffice, then import that file.",
	ods: "is an OpenDocument spreadsheet. Save it as .xlsx or CSV in LibreOffice, then import that file.",
	gephi: `is a Gephi project. In Gephi choose File → Export → Graph file… → GEXF, then import that file.`
};
var BY_EXTENSION = {
	json: "json",
	gexf: "gexf",
	graphml: "graphml",
	gml: "gml",
	cyjs: "jgf-or-cytoscape",
	jgf: "jgf-or-cytoscape",
	ftm: "ftm",
	ijson: "ftm",
	jsonl: "ftm",
	ndjson: "ftm",
	csv: "csv",
	tsv: "csv",
	tab: "csv",
	xlsx: "xlsx"
};
var extensionOf = (name) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
/** By content: XML root element, GML's `graph [`, JSON, DOT/Pajek/GDF headers. */
function byContent(text) {
	const head = text.replace(/^\uFEFF/, "").trimStart().slice(0, 4e3);
	if (head.startsWith("<")) {
		const root = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(head.replace(/<!--[\s\S]*?-->/g, ""))?.[1];
		if (root === "gexf") return { format: "gexf" };
		if (root === "graphml") return { format: "graphml" };
		return;
	}
	if (/^(#[^\n]*\n\s*)*(Creator\s+"[^"]*"\s*)?graph\s*\[/i.test(head)) return { format: "gml" };
	if (/^(strict\s+)?(di)?graph\b[^[]*\{/i.test(head)) return {
		format: "unsupported",
		message: UNSUPPORTED.dot ?? ""
	};
	if (/^\*(vertices|network)\b/i.test(head)) return {
		format: "unsupported",
		message: UNSUPPORTED.net ?? ""
	};
	if (/^nodedef>/i.test(head)) return {
		format: "unsupported",
		message: UNSUPPORTED.gdf ?? ""
	};
	if (head.startsWith("{") || head.startsWith("[")) return { format: "json" };
}
function detectFormat(name, text) {
	const extension = extensionOf(name);
	const unsupported = UNSUPPORTED[extension];
	if (unsupported) return {
		format: "unsupported",
		message: unsupported
	};
	const content = byContent(text);
	if (content && (content.format === "gexf" || content.format === "graphml" || content.format === "unsupported" || content.format === "gml")) return content;
	const known = BY_EXTENSION[extension];
	if (known) return { format: known };
	if (content) return content;
	return extension === "xml" ? { format: "graphml" } : { format: "unknown" };
}
// src/io/exchange/completeDataset.ts
var warning$8 = (message) => ({
	path: "(root)",
	message,
	severity: "warning"
});
/** "allied-with" → "Allied with". */
var labelFromId = (id) => {
	const words = id.replace(/-/g, " ").trim();
	return words === "" ? id : words[0].toUpperCase() + words.slice(1);
};
var quoteList = (ids) => ids.map((id) => `"${id}"`).join(", ");
function completeActorKinds(known, draft, warnings) {
	const ids = new Set(known.map((kind) => kind.id));
	const added = [...new Set(draft.actors.map((actor) => actor.kind))].filter((id) => !ids.has(id));
	if (known.length === 0 && added.length === 0) added.push("node");
	if (added.length > 0 && known.length > 0) warnings.push(warning$8(`actor kinds ${quoteList(added)} were not described in the file and were added`));
	return [...known, ...added.map((id) => ({
		id,
		label: draft.actorKindLabels?.get(id) ?? labelFromId(id)
	}))];
}
function completeRelationKinds(known, draft, warnings) {
	const ids = new Set(known.map((kind) => kind.id));
	const added = [...new Set(draft.relations.map((relation) => relation.kind))].filter((id) => !ids.has(id));
	if (known.length === 0 && added.length === 0) added.push("edge");
	if (added.length > 0 && known.length > 0) warnings.push(warning$8(`relation kinds ${quoteList(added)} were not described in the file and were added`));
	return [...known, ...added.map((id) => ({
		id,
		label: draft.relationKindLabels?.get(id) ?? labelFromId(id),
		directed: draft.directedByKind.get(id) ?? true
	}))];
}
function completeSources(known, draft, warnings) {
	const cited = /* @__PURE__ */ new Set();
	for (const actor of draft.actors) for (const ref of actor.sources) cited.add(ref.source);
	for (const relation of draft.relations) for (const claim of relation.claims) for (const ref of claim.sources) cited.add(ref.source);
	for (const source of known) if (source.relays !== void 0) cited.add(source.relays);
	const ids = new Set(known.map((source) => source.id));
	const missing = [...cited].filter((id) => !ids.has(id));
	if (missing.length > 0) warnings.push(warning$8(`sources ${quoteList(missing)} are cited but not described in the file; placeholders were added`));
	return [...known, ...missing.map((id) => ({
		id,
		title: `Source "${id}" (not described in the imported file)`
	}))];
}
function pruneStories(stories, draft, warnings) {
	const actors = new Set(draft.actors.map((actor) => actor.id));
	const relations = new Set(draft.relations.map((relation) => relation.id));
	let dropped = 0;
	const pruned = stories.map((story) => ({
		...story,
		steps: story.steps.map((step) => {
			const focus = {
				actors: step.focus.actors.filter((id) => actors.has(id)),
				relations: step.focus.relations.filter((id) => relations.has(id))
			};
			dropped += step.focus.actors.length + step.focus.relations.length - focus.actors.length - focus.relations.length;
			return {
				...step,
				focus
			};
		})
	}));
	if (dropped > 0) warnings.push(warning$8(`${dropped} story focus reference${dropped === 1 ? "" : "s"} to missing actors or relations were removed`));
	return pruned;
}
/** A dataset object (still to be validated) with every gap filled, and a warning for each kind of gap. */
function completeDataset(draft) {
	const { envelope } = draft;
	const warnings = [];
	const title = (envelope.title ?? draft.fallbackTitle ?? "").trim().slice(0, LIMITS.title) || "Imported network";
	return {
		dataset: {
			schemaVersion: 2,
			id: envelope.id ?? (slugify(title) || "imported"),
			title,
			...envelope.summary !== void 0 && { summary: envelope.summary },
			...envelope.asOf !== void 0 && { asOf: envelope.asOf },
			...envelope.language !== void 0 && { language: envelope.language },
			...envelope.origin !== void 0 && { origin: envelope.origin },
			sources: completeSources(envelope.sources ?? [], draft, warnings),
			actorKinds: completeActorKinds(envelope.actorKinds ?? [], draft, warnings),
			relationKinds: completeRelationKinds(envelope.relationKinds ?? [], draft, warnings),
			actors: draft.actors,
			relations: draft.relations,
			stories: pruneStories(envelope.stories ?? [], draft, warnings)
		},
		warnings
	};
}
// src/io/exchange/finishImport.ts
var CLAIM_PATH = /^relations\[(\d+)\]\.claims\[(\d+)\]\.?(.*)$/;
var ITEM_PATH = /^(actors|relations)\[(\d+)\]\.?(.*)$/;
/** `relations[2].claims[0].text` → path "line 40", message "text: must not be empty". */
function locateIssue(issue, locations) {
	const claim = CLAIM_PATH.exec(issue.path);
	const item = claim ? void 0 : ITEM_PATH.exec(issue.path);
	let where;
	let rest = "";
	if (claim) {
		where = locations.claims[Number(claim[1])]?.[Number(claim[2])];
		rest = claim[3] ?? "";
	} else if (item) {
		where = (item[1] === "actors" ? locations.actors : locations.relations)[Number(item[2])];
		rest = item[3] ?? "";
	}
	if (where === void 0) return issue;
	return {
		...issue,
		path: where,
		message: rest === "" ? issue.message : `${rest}: ${issue.message}`
	};
}
/** Completes the draft, validates it and returns the dataset or every located problem. */
function finishImport(draft, warnings, locations) {
	const completed = completeDataset(draft);
	const result = parseDataset(completed.dataset);
	const found = result.issues.map((issue) => locateIssue(issue, locations));
	const all = [
		...warnings,
		...completed.warnings,
		...found
	];
	if (!result.ok || hasErrors(found)) {
		const partial = salvage(completed.dataset, result.issues);
		return partial ? {
			ok: false,
			issues: all,
			partial
		} : {
			ok: false,
			issues: all
		};
	}
	return {
		ok: true,
		dataset: result.dataset,
		warnings: all
	};
}
// src/io/exchange/fitText.ts
/** Trimmed `text` cut to `max` characters (ending in "…" when cut); undefined when empty. */
function fitText(text, max) {
	const trimmed = text?.trim() ?? "";
	if (trimmed === "") return { cut: false };
	if (trimmed.length <= max) return {
		text: trimmed,
		cut: false
	};
	return {
		text: `${trimmed.slice(0, max - 1).trimEnd()}…`,
		cut: true
	};
}
// src/io/exchange/graphDraft.ts
/** "line 12" for a number, the text itself otherwise. */
var where = (line) => typeof line === "number" ? `line ${line}` : line;
/** A reader's result: the draft with only the optional texts the file actually had. */
function graphDraftRead(parts) {
	const { title, description, envelopeJson, sources, nodes, edges, warnings } = parts;
	return {
		ok: true,
		graph: {
			...title !== void 0 && { title },
			...description !== void 0 && { description },
			...envelopeJson !== void 0 && { envelopeJson },
			...sources !== void 0 && { sources },
			nodes,
			edges,
			warnings
		}
	};
}
/** "12.5" → 12.5 for numeric types, "true" → true for booleans, the text otherwise. */
function typedValue(text, type) {
	const t = type?.toLowerCase() ?? "string";
	if ([
		"integer",
		"long",
		"int",
		"float",
		"double",
		"number",
		"short",
		"byte"
	].includes(t)) {
		const number = Number(text.trim());
		return text.trim() !== "" && Number.isFinite(number) ? number : text;
	}
	if (t === "boolean") {
		const lower = text.trim().toLowerCase();
		if (lower === "true" || lower === "false") return lower === "true";
	}
	return text;
}
/** `#rgb`/`#rrggbb`/`rgb(r,g,b)`/r,g,b numbers → `#rrggbb`, or undefined when unreadable. */
function hexColor(value) {
	if (value === void 0) return void 0;
	if (Array.isArray(value)) {
		const parts = value;
		if (parts.length < 3 || parts.some((part) => !Number.isFinite(part))) return void 0;
		return `#${parts.slice(0, 3).map((part) => Math.max(0, Math.min(255, Math.round(part))).toString(16).padStart(2, "0")).join("")}`;
	}
	const text = value.trim();
	const hex = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(text) ?? /^#?([0-9a-f]{3})$/i.exec(text);
	if (hex?.[1]) return `#${(hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1]).toLowerCase()}`;
	const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(text);
	return rgb ? hexColor([
		Number(rgb[1]),
		Number(rgb[2]),
		Number(rgb[3])
	]) : void 0;
}
/** A display with only the finite numbers and readable colour given; undefined when nothing is left. */
function displayDraft(parts) {
	const display = {};
	if (parts.x !== void 0 && Number.isFinite(parts.x)) display.x = parts.x;
	if (parts.y !== void 0 && Number.isFinite(parts.y)) display.y = parts.y;
	if (parts.color !== void 0) display.color = parts.color;
	if (parts.size !== void 0 && Number.isFinite(parts.size) && parts.size > 0) display.size = parts.size;
	return Object.keys(display).length > 0 ? display : void 0;
}
// src/io/exchange/foreignAttributes.ts
/** Attribute names other tools use for what Tangle calls a kind, in order of preference. */
var ACTOR_KIND_NAMES = [
	"kind",
	"type",
	"category"
];
var RELATION_KIND_NAMES = [
	"kind",
	"type",
	"label",
	"relation"
];
var MAX_ATTRIBUTES = 100;
var MAX_NAME = LIMITS.id;
/** The first of `names` with a non-empty value, and which it was. */
function firstPresent(values, names) {
	for (const name of names) {
		const value = values.get(name);
		if (value !== void 0 && String(value).trim() !== "") return {
			name,
			value: String(value).trim()
		};
	}
}
/**
* The values not in `consumed`, as a plain object: long texts are cut, and past 100 attributes the
* rest are counted in `dropped` so the import can say so.
*/
function keptAttributes(values, consumed) {
	const attributes = {};
	let count = 0;
	let dropped = 0;
	for (const [name, value] of values) {
		if (consumed.has(name)) continue;
		if (typeof value === "string" && value.trim() === "") continue;
		if (count >= MAX_ATTRIBUTES) {
			dropped++;
			continue;
		}
		const key = name.slice(0, MAX_NAME);
		attributes[key] = typeof value === "string" ? value.slice(0, LIMITS.text) : value;
		count++;
	}
	return count > 0 ? {
		attributes,
		dropped
	} : { dropped };
}
// src/io/exchange/idAllocator.ts
var isValidId = (text) => ID_PATTERN.test(text) && text.length <= LIMITS.id;
function createIdAllocator() {
	const taken = /* @__PURE__ */ new Set();
	const changed = [];
	const nextSuffix = /* @__PURE__ */ new Map();
	const unique = (base) => {
		if (!taken.has(base)) return base;
		let n = nextSuffix.get(base) ?? 2;
		let id;
		do {
			const suffix = `-${n++}`;
			id = `${base.slice(0, LIMITS.id - suffix.length).replace(/-+$/, "")}${suffix}`;
		} while (taken.has(id));
		nextSuffix.set(base, n);
		return id;
	};
	return {
		changed,
		reserve(ids) {
			for (const id of ids) taken.add(id);
		},
		take(raw, fallback) {
			const base = isValidId(raw) ? raw : slugify(raw) || slugify(fallback) || "item";
			const id = unique(base);
			taken.add(id);
			if (id !== raw) changed.push([raw, id]);
			return id;
		}
	};
}
/** One warning summarising the ids an import had to change (a few examples, then a count). */
function describeChangedIds(what, changed) {
	if (changed.length === 0) return void 0;
	const examples = changed.slice(0, 3).map(([raw, id]) => `"${raw}" → "${id}"`).join(", ");
	const more = changed.length > 3 ? `, and ${changed.length - 3} more` : "";
	return `${changed.length} ${what} id${changed.length === 1 ? " was" : "s were"} changed to fit the dataset format (a-z, 0-9, '-', unique): ${examples}${more}`;
}
// src/io/exchange/restoreActors.ts
var FOREIGN_ACTOR_KIND = "node";
var warning$7 = (path, message) => ({
	path,
	message,
	severity: "warning"
});
/** Valid ids first, so that a node "a" keeps its id even when a node "A" comes before it. */
function allocateIds(nodes) {
	const allocator = createIdAllocator();
	const idOf = /* @__PURE__ */ new Map();
	for (const node of nodes) if (isValidId(node.id)) idOf.set(node.id, allocator.take(node.id, "node"));
	for (const node of nodes) if (!idOf.has(node.id)) idOf.set(node.id, allocator.take(node.id, "node"));
	return {
		idOf,
		changed: allocator.changed
	};
}
function readSources(text, line, warnings) {
	if (text === void 0) return [];
	const parsed = parseJson(text);
	if (parsed.ok && Array.isArray(parsed.value)) return parsed.value;
	warnings.push(warning$7(where(line), "the node's sources are not a JSON list and were dropped"));
	return [];
}
/** Tangle's own files carry the attributes as JSON too, so that their types come back exactly. */
function readOwnAttributes(text, line, warnings) {
	if (text === void 0) return { dropped: 0 };
	const parsed = parseJson(text);
	if (parsed.ok && typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value)) return {
		attributes: parsed.value,
		dropped: 0
	};
	warnings.push(warning$7(where(line), "the attributes stored as JSON are not a JSON object and were dropped"));
	return { dropped: 0 };
}
function restoreActors(nodes, warnings) {
	const seen = /* @__PURE__ */ new Set();
	const unique = nodes.filter((node) => {
		if (!seen.has(node.id)) return seen.add(node.id);
		warnings.push(warning$7(where(node.line), `node "${node.id}" appears twice; the second one was dropped`));
		return false;
	});
	const { idOf, changed } = allocateIds(unique);
	const kindLabels = /* @__PURE__ */ new Map();
	let withoutKind = 0;
	let cut = 0;
	let dropped = 0;
	const actors = unique.map((node) => {
		const attr = node.attributes;
		const own = attr.has(NODE_ATTRIBUTES_JSON);
		const kindFound = own ? firstPresent(attr, ["kind"]) : firstPresent(attr, ACTOR_KIND_NAMES);
		const rawKind = kindFound?.value ?? "";
		const kind = isValidId(rawKind) ? rawKind : slugify(rawKind) || "node";
		if (kind !== rawKind && rawKind !== "" && !kindLabels.has(kind)) kindLabels.set(kind, fitText(rawKind, LIMITS.name).text ?? kind);
		if (rawKind === "") withoutKind++;
		const text = (name) => attr.get(name) === void 0 ? void 0 : String(attr.get(name));
		const summaryName = own || attr.has("summary") ? "summary" : "description";
		const name = fitText(node.label || node.id, LIMITS.name);
		const summary = fitText(text(summaryName), LIMITS.summary);
		if (name.cut || summary.cut) cut++;
		const kept = own ? readOwnAttributes(text(NODE_ATTRIBUTES_JSON), node.line, warnings) : keptAttributes(attr, /* @__PURE__ */ new Set([
			...kindFound ? [kindFound.name] : [],
			summaryName,
			...NODE_ATTRIBUTES
		]));
		dropped += kept.dropped;
		return {
			id: idOf.get(node.id) ?? node.id,
			name: name.text ?? "(unnamed)",
			kind,
			aliases: splitList(text("aliases") ?? ""),
			...summary.text !== void 0 && { summary: summary.text },
			tags: splitList(text("tags") ?? ""),
			sources: readSources(text("sources"), node.line, warnings),
			...kept.attributes && { attributes: kept.attributes },
			...node.display && { display: node.display }
		};
	});
	const changedIds = describeChangedIds("node", changed);
	if (changedIds) warnings.push(warning$7("(root)", changedIds));
	if (withoutKind > 0) warnings.push(warning$7("(root)", `${withoutKind} node${withoutKind === 1 ? " has" : "s have"} no kind; they became actors of kind "${FOREIGN_ACTOR_KIND}"`));
	if (cut > 0) warnings.push(warning$7("(root)", `${cut} node label${cut === 1 ? " or summary was" : "s or summaries were"} too long and were shortened`));
	return {
		actors,
		lines: unique.map((node) => node.line),
		idOf,
		dropped,
		kindLabels
	};
}
// src/io/exchange/restoreRelations.ts
var FOREIGN_RELATION_KIND = "edge";
var warning$6 = (path, message) => ({
	path,
	message,
	severity: "warning"
});
/** "edge", in the direction of the first such edge; a graph mixing both gets a second kind for the other direction. */
function foreignKind(directedByKind, directed) {
	const first = directedByKind.get(FOREIGN_RELATION_KIND);
	if (first === void 0 || first === directed) return FOREIGN_RELATION_KIND;
	return directed ? "directed-edge" : "undirected-edge";
}
function readClaims(edge, warnings) {
	if (edge.claims) return edge.claims;
	const text = edge.attributes.get("claims");
	if (text === void 0) return void 0;
	const parsed = parseJson(String(text));
	const list = parsed.ok ? parsed.value : void 0;
	if (Array.isArray(list) && list.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) return list;
	warnings.push(warning$6(where(edge.line), "the edge's claims are not a JSON list of claims; the relation was imported without claims (unsourced)"));
}
function keepConnected(edges, actorIdOf, warnings) {
	const kept = [];
	const dropped = [];
	for (const edge of edges) (actorIdOf.has(edge.source) && actorIdOf.has(edge.target) ? kept : dropped).push(edge);
	if (dropped.length > 0) {
		const lines = dropped.slice(0, 5).map((edge) => where(edge.line)).join(", ");
		warnings.push(warning$6("(root)", `${dropped.length} edge${dropped.length === 1 ? "" : "s"} joined nodes that are not in the file and were dropped (${lines}${dropped.length > 5 ? ", …" : ""})`));
	}
	return kept;
}
function allocateRelationIds(edges, warnings) {
	const allocator = createIdAllocator();
	const raws = edges.map((edge) => String(edge.attributes.get("relation") ?? edge.id ?? `${edge.source}-${edge.target}`));
	const all = raws.map((raw) => isValidId(raw) ? allocator.take(raw, "relation") : void 0).map((id, index) => id ?? allocator.take(raws[index] ?? "", "relation"));
	const changed = describeChangedIds("edge", allocator.changed);
	if (changed) warnings.push(warning$6("(root)", changed));
	return all;
}
/** Tangle's own edges say `claims`; their `relation` is an id, not a kind. */
var isOwn = (edge) => edge.attributes.has("claims");
function restoreRelations(edges, actorIdOf, warnings) {
	const kept = keepConnected(edges, actorIdOf, warnings);
	const claimsOf = kept.map((edge) => readClaims(edge, warnings));
	const relationIds = allocateRelationIds(kept, warnings);
	const directedByKind = /* @__PURE__ */ new Map();
	const kindLabels = /* @__PURE__ */ new Map();
	let withoutKind = 0;
	let conflicts = 0;
	let unsourced = 0;
	let dropped = 0;
	const relations = kept.map((edge, index) => {
		const own = isOwn(edge);
		const kindFound = firstPresent(edge.attributes, own ? ["kind"] : RELATION_KIND_NAMES);
		const rawKind = kindFound?.value ?? "";
		const kind = isValidId(rawKind) ? rawKind : slugify(rawKind) || foreignKind(directedByKind, edge.directed);
		if (kind !== rawKind && rawKind !== "" && !kindLabels.has(kind)) kindLabels.set(kind, fitText(rawKind, LIMITS.name).text ?? kind);
		if (rawKind === "") withoutKind++;
		const known = directedByKind.get(kind);
		if (known === void 0) directedByKind.set(kind, edge.directed);
		else if (known !== edge.directed) conflicts++;
		const claims = claimsOf[index] ?? [];
		if (claims.length === 0) unsourced++;
		const attributes = own ? readOwnAttributes(edge.attributes.get(EDGE_ATTRIBUTES_JSON)?.toString(), edge.line, warnings) : keptAttributes(edge.attributes, /* @__PURE__ */ new Set([...kindFound ? [kindFound.name] : [], ...EDGE_ATTRIBUTES.filter((name) => name !== "status")]));
		dropped += attributes.dropped;
		const weight = edge.weight !== void 0 && Number.isFinite(edge.weight) && edge.weight >= 0 ? edge.weight : void 0;
		const extra = weight === void 0 && edge.weight !== void 0 ? {
			...attributes.attributes,
			weight: edge.weight
		} : attributes.attributes;
		return {
			id: relationIds[index] ?? `relation-${index + 1}`,
			from: actorIdOf.get(edge.source) ?? edge.source,
			to: actorIdOf.get(edge.target) ?? edge.target,
			kind,
			claims,
			...weight !== void 0 && { weight },
			...extra && { attributes: extra }
		};
	});
	const mixed = ["directed-edge", "undirected-edge"].find((kind) => directedByKind.has(kind));
	if (withoutKind > 0) warnings.push(warning$6("(root)", `${withoutKind} edge${withoutKind === 1 ? " has" : "s have"} no kind; they became relations of kind "${FOREIGN_RELATION_KIND}"${mixed ? ` or "${mixed}" for those of the other direction` : ""}`));
	if (conflicts > 0) warnings.push(warning$6("(root)", `${conflicts} edge${conflicts === 1 ? "" : "s"} differ in direction from the first edge of their kind; a kind has one direction, so the first one's was kept`));
	return {
		relations,
		lines: kept.map((edge) => edge.line),
		directedByKind,
		unsourced,
		dropped,
		kindLabels
	};
}
// src/io/exchange/restoreGraph.ts
var PART_OF_KIND = "part-of";
/** Nested nodes (GEXF hierarchy, yEd groups) keep their nesting as "part of" relations. */
function partOfEdges(nodes, warnings) {
	const ids = new Set(nodes.map((node) => node.id));
	const edges = nodes.flatMap((node) => node.parent !== void 0 && ids.has(node.parent) ? [{
		source: node.id,
		target: node.parent,
		directed: true,
		attributes: /* @__PURE__ */ new Map([["kind", PART_OF_KIND]]),
		line: node.line
	}] : []);
	if (edges.length > 0) warnings.push(warning$5(`${edges.length} nested node${edges.length === 1 ? " was" : "s were"} flattened; each got a "part of" relation to the node it was nested in`));
	return edges;
}
var warning$5 = (message) => ({
	path: "(root)",
	message,
	severity: "warning"
});
function foreignEnvelope(graph) {
	const title = fitText(graph.title, LIMITS.title).text;
	const summary = fitText(graph.description, LIMITS.summary).text;
	return {
		...title !== void 0 && { title },
		...summary !== void 0 && { summary }
	};
}
function restoreGraph(graph, options = {}) {
	const warnings = [...graph.warnings];
	const stored = graph.envelopeJson === void 0 ? void 0 : readEnvelope(graph.envelopeJson);
	if (stored) warnings.push(...stored.warnings);
	const envelope = stored?.envelope ?? foreignEnvelope(graph);
	const sources = [...envelope.sources ?? [], ...graph.sources ?? []];
	const actors = restoreActors(graph.nodes, warnings);
	const relations = restoreRelations([...graph.edges.filter((edge) => !(edge.attributes.get("mirror") === "true" && edge.attributes.has("claims"))), ...partOfEdges(graph.nodes, warnings)], actors.idOf, warnings);
	if (relations.unsourced > 0 && stored === void 0) {
		const count = relations.unsourced;
		warnings.push(warning$5(`${count} relation${count === 1 ? " has" : "s have"} no evidence in the file and ${count === 1 ? "is" : "are"} unsourced; the file is recorded as where ${count === 1 ? "it" : "they"} came from, not as a source`));
	}
	const dropped = actors.dropped + relations.dropped;
	if (dropped > 0) warnings.push(warning$5(`${dropped} attribute value${dropped === 1 ? " was" : "s were"} over the limit of 100 per actor or relation and not kept`));
	const lines = {
		actors: actors.lines,
		relations: relations.lines
	};
	return finishImport({
		envelope: {
			...envelope,
			sources,
			...options.origin && stored?.envelope === void 0 && { origin: {
				file: fitText(options.origin.file, LIMITS.name).text ?? "file",
				format: options.origin.format
			} }
		},
		fallbackTitle: options.fallbackTitle,
		actors: actors.actors,
		relations: relations.relations,
		directedByKind: relations.directedByKind,
		actorKindLabels: actors.kindLabels,
		relationKindLabels: relations.kindLabels
	}, warnings, {
		actors: lines.actors.map(where),
		relations: lines.relations.map(where),
		claims: relations.relations.map((relation, index) => relation.claims.map(() => where(lines.relations[index] ?? 0)))
	});
}
// src/io/ftm/readFtm.ts
var isObject$1 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var warning$4 = (path, message) => ({
	path,
	message,
	severity: "warning"
});
/** One entity from JSON, or undefined when it is not one. */
function asEntity(value, where) {
	if (!isObject$1(value) || typeof value.id !== "string" || typeof value.schema !== "string") return void 0;
	const properties = {};
	if (isObject$1(value.properties)) for (const [name, values] of Object.entries(value.properties)) {
		const list = (Array.isArray(values) ? values : [values]).filter((item) => typeof item === "string" || typeof item === "number").map(String);
		if (list.length > 0) properties[name] = list;
	}
	return {
		id: value.id,
		schema: value.schema,
		properties,
		where
	};
}
var first = (entity, name) => entity.properties[name]?.[0];
var date = (text) => {
	const day = text?.slice(0, 10);
	return day !== void 0 && isPartialDate(day) ? day : void 0;
};
function attributesOf$2(entity, skip) {
	const found = /* @__PURE__ */ new Map();
	for (const [name, values] of Object.entries(entity.properties)) if (!skip.has(name)) found.set(name.toLowerCase(), values.length === 1 ? values[0] ?? "" : joinList(values));
	return found;
}
function evidence(entity, names, sources) {
	const url = entity.properties.sourceUrl?.find((item) => /^https?:\/\/\S+$/i.test(item));
	const publisher = first(entity, "publisher");
	const proof = entity.properties.proof?.[0];
	if (url === void 0 && publisher === void 0 && proof === void 0) return void 0;
	const key = url ?? publisher ?? `proof ${proof}`;
	let source = sources.get(key);
	if (!source) {
		const title = (proof !== void 0 && url === void 0 && publisher === void 0 ? names.get(proof) : void 0) ?? publisher ?? url ?? `Document ${proof}`;
		source = {
			id: `src-ftm-${sources.size + 1}`,
			title: title.slice(0, 300),
			...publisher !== void 0 && { publisher: publisher.slice(0, 200) },
			...url !== void 0 && { url }
		};
		sources.set(key, source);
	}
	const from = date(first(entity, "startDate") ?? first(entity, "date"));
	const to = date(first(entity, "endDate"));
	const amount = Number(first(entity, "amount"));
	const currency = first(entity, "currency");
	const summary = first(entity, "summary") ?? first(entity, "description");
	const written = /^status: (confirmed|reported|claimed|disputed|denied)$/.exec(first(entity, "description") ?? "")?.[1];
	return [{
		id: `cl-ftm-${entity.id}`.toLowerCase().replace(/[^a-z0-9-]/g, "-").slice(0, 80),
		text: (summary ?? `${entity.schema}, as given by ${source.title}`).slice(0, 4e3),
		status: written ?? "reported",
		...(from !== void 0 || to !== void 0) && { time: {
			...from !== void 0 && { from },
			...to !== void 0 && { to }
		} },
		quantities: Number.isFinite(amount) && first(entity, "amount") !== void 0 ? [{
			value: amount,
			unit: (currency ?? "amount").slice(0, 80)
		}] : [],
		sources: [{ source: source.id }]
	}];
}
/** Aleph diagram layout: vertex positions and colours by entity id. */
function layoutDisplays(layout) {
	const displays = /* @__PURE__ */ new Map();
	if (!isObject$1(layout) || !Array.isArray(layout.vertices)) return displays;
	for (const vertex of layout.vertices) {
		if (!isObject$1(vertex) || typeof vertex.entityId !== "string") continue;
		const position = isObject$1(vertex.position) ? vertex.position : {};
		const x = typeof position.x === "number" ? position.x * 40 : void 0;
		const y = typeof position.y === "number" ? position.y * 40 : void 0;
		displays.set(vertex.entityId, displayDraft({
			x,
			y,
			color: hexColor(typeof vertex.color === "string" ? vertex.color : void 0)
		}));
	}
	return displays;
}
function readFtm(entities, layout) {
	if (entities.length === 0) return {
		ok: false,
		issues: [error("(root)", "no FollowTheMoney entities found (each needs an id and a schema)")]
	};
	const warnings = [];
	const displays = layoutDisplays(layout);
	const names = new Map(entities.map((entity) => [entity.id, first(entity, "name") ?? first(entity, "title") ?? entity.id]));
	const sources = /* @__PURE__ */ new Map();
	const nodes = [];
	const edges = [];
	const proofs = new Set(entities.flatMap((entity) => entity.properties.proof ?? []));
	for (const entity of entities) {
		const link = FTM_EDGES[entity.schema];
		if (!link) {
			if (proofs.has(entity.id) && /^(Document|Pages|PlainText|HyperText|Pdf|Folder)$/.test(entity.schema)) continue;
			const [name, ...aliases] = entity.properties.name ?? [];
			const attributes = attributesOf$2(entity, /* @__PURE__ */ new Set(["name"]));
			attributes.set("type", entity.schema);
			if (aliases.length > 0) attributes.set("aliases", joinList(aliases));
			const display = displays.get(entity.id);
			nodes.push({
				id: entity.id,
				...name !== void 0 && { label: name },
				attributes,
				...display && { display },
				line: entity.where
			});
			continue;
		}
		const sourceIds = entity.properties[link.source] ?? [];
		const targetIds = entity.properties[link.target] ?? [];
		if (sourceIds.length === 0 || targetIds.length === 0) {
			warnings.push(warning$4(entity.where, `a ${entity.schema} without ${sourceIds.length === 0 ? link.source : link.target} was skipped`));
			continue;
		}
		const claims = evidence(entity, names, sources);
		const attributes = attributesOf$2(entity, /* @__PURE__ */ new Set([
			link.source,
			link.target,
			...claims ? [
				...EVIDENCE_PROPERTIES,
				...TIME_PROPERTIES,
				"amount",
				"currency",
				"summary",
				"description"
			] : []
		]));
		attributes.set("kind", entity.schema);
		for (const source of sourceIds) for (const target of targetIds) edges.push({
			id: entity.id,
			source,
			target,
			directed: link.directed,
			attributes,
			...claims && { claims },
			line: entity.where
		});
	}
	return graphDraftRead({
		sources: [...sources.values()],
		nodes,
		edges,
		warnings
	});
}
// src/io/ftm/fromFtm.ts
function parseLines(text) {
	const entities = [];
	const issues = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (line.trim() === "") return;
		let value;
		try {
			value = JSON.parse(line);
		} catch {
			issues.push({
				path: `line ${index + 1}`,
				message: "not a JSON object; the line was skipped",
				severity: "warning"
			});
			return;
		}
		const entity = asEntity(value, `line ${index + 1}`);
		if (entity) entities.push(entity);
		else issues.push({
			path: `line ${index + 1}`,
			message: "not a FollowTheMoney entity (it needs an id and a schema); the line was skipped",
			severity: "warning"
		});
	});
	return {
		entities,
		issues
	};
}
/** Is this text FollowTheMoney (a diagram, or lines of entities)? */
function looksLikeFtm(text) {
	const head = text.trimStart().slice(0, 2e3);
	return /^\{\s*"entities"\s*:/.test(head) || /^\{[^\n]*"schema"\s*:\s*"[A-Z]\w*"[^\n]*"id"|^\{[^\n]*"id"\s*:[^\n]*"schema"\s*:\s*"[A-Z]/.test(head);
}
function fromFtm(text, options = {}) {
	const trimmed = text.trimStart();
	let diagram;
	if (/^\{\s*"entities"\s*:/.test(trimmed)) try {
		diagram = JSON.parse(trimmed);
	} catch (cause) {
		return {
			ok: false,
			issues: [error("(root)", `not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`)]
		};
	}
	const diagramEntities = diagram?.entities;
	const parsed = Array.isArray(diagramEntities) ? {
		entities: diagramEntities.flatMap((value, index) => asEntity(value, `entities[${index}]`) ?? []),
		issues: []
	} : parseLines(text);
	const read = readFtm(parsed.entities, diagram?.layout);
	if (!read.ok) return {
		ok: false,
		issues: [...parsed.issues, ...read.issues]
	};
	return restoreGraph({
		...read.graph,
		warnings: [...parsed.issues, ...read.graph.warnings]
	}, options);
}
// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Character classes and associated utilities for the 5th edition of XML 1.0.
	*
	* @author Louis-Dominique Dubeau
	* @license MIT
	* @copyright Louis-Dominique Dubeau
	*/
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.CHAR = "	\n\r -퟿-�𐀀-􏿿";
	exports.S = " 	\r\n";
	exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
	exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
	exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
	exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
	exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
	exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
	exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
	exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
	var TAB = 9;
	var NL = 10;
	var CR = 13;
	var SPACE = 32;
	/** All characters in the ``S`` production. */
	exports.S_LIST = [
		SPACE,
		NL,
		CR,
		TAB
	];
	/**
	* Determines whether a codepoint matches the ``CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``CHAR``.
	*/
	function isChar(c) {
		return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
	}
	exports.isChar = isChar;
	/**
	* Determines whether a codepoint matches the ``S`` (space) production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``S``.
	*/
	function isS(c) {
		return c === SPACE || c === NL || c === CR || c === TAB;
	}
	exports.isS = isS;
	/**
	* Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
	*/
	function isNameStartChar(c) {
		return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
	}
	exports.isNameStartChar = isNameStartChar;
	/**
	* Determines whether a codepoint matches the ``NAME_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_CHAR``.
	*/
	function isNameChar(c) {
		return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
	}
	exports.isNameChar = isNameChar;
}));
// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Character classes and associated utilities for the 2nd edition of XML 1.1.
	*
	* @author Louis-Dominique Dubeau
	* @license MIT
	* @copyright Louis-Dominique Dubeau
	*/
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.CHAR = "-퟿-�𐀀-􏿿";
	exports.RESTRICTED_CHAR = "-\b\v\f---";
	exports.S = " 	\r\n";
	exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
	exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
	exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
	exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
	exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
	exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
	exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
	exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
	exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
	var TAB = 9;
	var NL = 10;
	var CR = 13;
	var SPACE = 32;
	/** All characters in the ``S`` production. */
	exports.S_LIST = [
		SPACE,
		NL,
		CR,
		TAB
	];
	/**
	* Determines whether a codepoint matches the ``CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``CHAR``.
	*/
	function isChar(c) {
		return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
	}
	exports.isChar = isChar;
	/**
	* Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
	*/
	function isRestrictedChar(c) {
		return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
	}
	exports.isRestrictedChar = isRestrictedChar;
	/**
	* Determines whether a codepoint matches the ``CHAR`` production and does not
	* match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
	* equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
	* than running the two-call equivalent.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``CHAR`` and does not match
	* ``RESTRICTED_CHAR``.
	*/
	function isCharAndNotRestricted(c) {
		return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
	}
	exports.isCharAndNotRestricted = isCharAndNotRestricted;
	/**
	* Determines whether a codepoint matches the ``S`` (space) production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``S``.
	*/
	function isS(c) {
		return c === SPACE || c === NL || c === CR || c === TAB;
	}
	exports.isS = isS;
	/**
	* Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
	*/
	function isNameStartChar(c) {
		return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
	}
	exports.isNameStartChar = isNameStartChar;
	/**
	* Determines whether a codepoint matches the ``NAME_CHAR`` production.
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches ``NAME_CHAR``.
	*/
	function isNameChar(c) {
		return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
	}
	exports.isNameChar = isNameChar;
}));
// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Character class utilities for XML NS 1.0 edition 3.
	*
	* @author Louis-Dominique Dubeau
	* @license MIT
	* @copyright Louis-Dominique Dubeau
	*/
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.NC_NAME_START_CHAR = "A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
	exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
	exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
	exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
	exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
	/**
	* Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches.
	*/
	function isNCNameStartChar(c) {
		return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
	}
	exports.isNCNameStartChar = isNCNameStartChar;
	/**
	* Determines whether a codepoint matches [[NC_NAME_CHAR]].
	*
	* @param c The code point.
	*
	* @returns ``true`` if the codepoint matches.
	*/
	function isNCNameChar(c) {
		return isNCNameStartChar(c) || c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
	}
	exports.isNCNameChar = isNCNameChar;
}));
// src/io/exchange/xmlTree.ts
var import_saxes = (/* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.SaxesParser = exports.EVENTS = void 0;
	var ed5 = require_ed5();
	var ed2 = require_ed2();
	var NSed3 = require_ed3();
	var isS = ed5.isS;
	var isChar10 = ed5.isChar;
	var isNameStartChar = ed5.isNameStartChar;
	var isNameChar = ed5.isNameChar;
	var S_LIST = ed5.S_LIST;
	var NAME_RE = ed5.NAME_RE;
	var isChar11 = ed2.isChar;
	var isNCNameStartChar = NSed3.isNCNameStartChar;
	var isNCNameChar = NSed3.isNCNameChar;
	var NC_NAME_RE = NSed3.NC_NAME_RE;
	var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
	var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
	var rootNS = {
		__proto__: null,
		xml: XML_NAMESPACE,
		xmlns: XMLNS_NAMESPACE
	};
	var XML_ENTITIES = {
		__proto__: null,
		amp: "&",
		gt: ">",
		lt: "<",
		quot: "\"",
		apos: "'"
	};
	var EOC = -1;
	var NL_LIKE = -2;
	var S_BEGIN = 0;
	var S_BEGIN_WHITESPACE = 1;
	var S_DOCTYPE = 2;
	var S_DOCTYPE_QUOTE = 3;
	var S_DTD = 4;
	var S_DTD_QUOTED = 5;
	var S_DTD_OPEN_WAKA = 6;
	var S_DTD_OPEN_WAKA_BANG = 7;
	var S_DTD_COMMENT = 8;
	var S_DTD_COMMENT_ENDING = 9;
	var S_DTD_COMMENT_ENDED = 10;
	var S_DTD_PI = 11;
	var S_DTD_PI_ENDING = 12;
	var S_TEXT = 13;
	var S_ENTITY = 14;
	var S_OPEN_WAKA = 15;
	var S_OPEN_WAKA_BANG = 16;
	var S_COMMENT = 17;
	var S_COMMENT_ENDING = 18;
	var S_COMMENT_ENDED = 19;
	var S_CDATA = 20;
	var S_CDATA_ENDING = 21;
	var S_CDATA_ENDING_2 = 22;
	var S_PI_FIRST_CHAR = 23;
	var S_PI_REST = 24;
	var S_PI_BODY = 25;
	var S_PI_ENDING = 26;
	var S_XML_DECL_NAME_START = 27;
	var S_XML_DECL_NAME = 28;
	var S_XML_DECL_EQ = 29;
	var S_XML_DECL_VALUE_START = 30;
	var S_XML_DECL_VALUE = 31;
	var S_XML_DECL_SEPARATOR = 32;
	var S_XML_DECL_ENDING = 33;
	var S_OPEN_TAG = 34;
	var S_OPEN_TAG_SLASH = 35;
	var S_ATTRIB = 36;
	var S_ATTRIB_NAME = 37;
	var S_ATTRIB_NAME_SAW_WHITE = 38;
	var S_ATTRIB_VALUE = 39;
	var S_ATTRIB_VALUE_QUOTED = 40;
	var S_ATTRIB_VALUE_CLOSED = 41;
	var S_ATTRIB_VALUE_UNQUOTED = 42;
	var S_CLOSE_TAG = 43;
	var S_CLOSE_TAG_SAW_WHITE = 44;
	var TAB = 9;
	var NL = 10;
	var CR = 13;
	var SPACE = 32;
	var BANG = 33;
	var DQUOTE = 34;
	var AMP = 38;
	var SQUOTE = 39;
	var MINUS = 45;
	var FORWARD_SLASH = 47;
	var SEMICOLON = 59;
	var LESS = 60;
	var EQUAL = 61;
	var GREATER = 62;
	var QUESTION = 63;
	var OPEN_BRACKET = 91;
	var CLOSE_BRACKET = 93;
	var NEL = 133;
	var LS = 8232;
	var isQuote = (c) => c === DQUOTE || c === SQUOTE;
	var QUOTES = [DQUOTE, SQUOTE];
	var DOCTYPE_TERMINATOR = [
		...QUOTES,
		OPEN_BRACKET,
		GREATER
	];
	var DTD_TERMINATOR = [
		...QUOTES,
		LESS,
		CLOSE_BRACKET
	];
	var XML_DECL_NAME_TERMINATOR = [
		EQUAL,
		QUESTION,
		...S_LIST
	];
	var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [
		...S_LIST,
		GREATER,
		AMP,
		LESS
	];
	function nsPairCheck(parser, prefix, uri) {
		switch (prefix) {
			case "xml":
				if (uri !== XML_NAMESPACE) parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
				break;
			case "xmlns": if (uri !== XMLNS_NAMESPACE) parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
		}
		switch (uri) {
			case XMLNS_NAMESPACE:
				parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
				break;
			case XML_NAMESPACE: switch (prefix) {
				case "xml": break;
				case "":
					parser.fail(`the default namespace may not be set to ${uri}.`);
					break;
				default: parser.fail("may not assign the xml namespace to another prefix.");
			}
		}
	}
	function nsMappingCheck(parser, mapping) {
		for (const local of Object.keys(mapping)) nsPairCheck(parser, local, mapping[local]);
	}
	var isNCName = (name) => NC_NAME_RE.test(name);
	var isName = (name) => NAME_RE.test(name);
	var FORBIDDEN_START = 0;
	var FORBIDDEN_BRACKET = 1;
	var FORBIDDEN_BRACKET_BRACKET = 2;
	/**
	* The list of supported events.
	*/
	exports.EVENTS = [
		"xmldecl",
		"text",
		"processinginstruction",
		"doctype",
		"comment",
		"opentagstart",
		"attribute",
		"opentag",
		"closetag",
		"cdata",
		"error",
		"end",
		"ready"
	];
	var EVENT_NAME_TO_HANDLER_NAME = {
		xmldecl: "xmldeclHandler",
		text: "textHandler",
		processinginstruction: "piHandler",
		doctype: "doctypeHandler",
		comment: "commentHandler",
		opentagstart: "openTagStartHandler",
		attribute: "attributeHandler",
		opentag: "openTagHandler",
		closetag: "closeTagHandler",
		cdata: "cdataHandler",
		error: "errorHandler",
		end: "endHandler",
		ready: "readyHandler"
	};
	var SaxesParser = class {
		/**
		* @param opt The parser options.
		*/
		constructor(opt) {
			this.opt = opt !== null && opt !== void 0 ? opt : {};
			this.fragmentOpt = !!this.opt.fragment;
			const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
			this.trackPosition = this.opt.position !== false;
			this.fileName = this.opt.fileName;
			if (xmlnsOpt) {
				this.nameStartCheck = isNCNameStartChar;
				this.nameCheck = isNCNameChar;
				this.isName = isNCName;
				this.processAttribs = this.processAttribsNS;
				this.pushAttrib = this.pushAttribNS;
				this.ns = Object.assign({ __proto__: null }, rootNS);
				const additional = this.opt.additionalNamespaces;
				if (additional != null) {
					nsMappingCheck(this, additional);
					Object.assign(this.ns, additional);
				}
			} else {
				this.nameStartCheck = isNameStartChar;
				this.nameCheck = isNameChar;
				this.isName = isName;
				this.processAttribs = this.processAttribsPlain;
				this.pushAttrib = this.pushAttribPlain;
			}
			this.stateTable = [
				this.sBegin,
				this.sBeginWhitespace,
				this.sDoctype,
				this.sDoctypeQuote,
				this.sDTD,
				this.sDTDQuoted,
				this.sDTDOpenWaka,
				this.sDTDOpenWakaBang,
				this.sDTDComment,
				this.sDTDCommentEnding,
				this.sDTDCommentEnded,
				this.sDTDPI,
				this.sDTDPIEnding,
				this.sText,
				this.sEntity,
				this.sOpenWaka,
				this.sOpenWakaBang,
				this.sComment,
				this.sCommentEnding,
				this.sCommentEnded,
				this.sCData,
				this.sCDataEnding,
				this.sCDataEnding2,
				this.sPIFirstChar,
				this.sPIRest,
				this.sPIBody,
				this.sPIEnding,
				this.sXMLDeclNameStart,
				this.sXMLDeclName,
				this.sXMLDeclEq,
				this.sXMLDeclValueStart,
				this.sXMLDeclValue,
				this.sXMLDeclSeparator,
				this.sXMLDeclEnding,
				this.sOpenTag,
				this.sOpenTagSlash,
				this.sAttrib,
				this.sAttribName,
				this.sAttribNameSawWhite,
				this.sAttribValue,
				this.sAttribValueQuoted,
				this.sAttribValueClosed,
				this.sAttribValueUnquoted,
				this.sCloseTag,
				this.sCloseTagSawWhite
			];
			this._init();
		}
		/**
		* Indicates whether or not the parser is closed. If ``true``, wait for
		* the ``ready`` event to write again.
		*/
		get closed() {
			return this._closed;
		}
		_init() {
			var _a;
			this.openWakaBang = "";
			this.text = "";
			this.name = "";
			this.piTarget = "";
			this.entity = "";
			this.q = null;
			this.tags = [];
			this.tag = null;
			this.topNS = null;
			this.chunk = "";
			this.chunkPosition = 0;
			this.i = 0;
			this.prevI = 0;
			this.carriedFromPrevious = void 0;
			this.forbiddenState = FORBIDDEN_START;
			this.attribList = [];
			const { fragmentOpt } = this;
			this.state = fragmentOpt ? S_TEXT : S_BEGIN;
			this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
			this.xmlDeclPossible = !fragmentOpt;
			this.xmlDeclExpects = ["version"];
			this.entityReturnState = void 0;
			let { defaultXMLVersion } = this.opt;
			if (defaultXMLVersion === void 0) {
				if (this.opt.forceXMLVersion === true) throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
				defaultXMLVersion = "1.0";
			}
			this.setXMLVersion(defaultXMLVersion);
			this.positionAtNewLine = 0;
			this.doctype = false;
			this._closed = false;
			this.xmlDecl = {
				version: void 0,
				encoding: void 0,
				standalone: void 0
			};
			this.line = 1;
			this.column = 0;
			this.ENTITIES = Object.create(XML_ENTITIES);
			(_a = this.readyHandler) === null || _a === void 0 || _a.call(this);
		}
		/**
		* The stream position the parser is currently looking at. This field is
		* zero-based.
		*
		* This field is not based on counting Unicode characters but is to be
		* interpreted as a plain index into a JavaScript string.
		*/
		get position() {
			return this.chunkPosition + this.i;
		}
		/**
		* The column number of the next character to be read by the parser.  *
		* This field is zero-based. (The first column in a line is 0.)
		*
		* This field reports the index at which the next character would be in the
		* line if the line were represented as a JavaScript string.  Note that this
		* *can* be different to a count based on the number of *Unicode characters*
		* due to how JavaScript handles astral plane characters.
		*
		* See [[column]] for a number that corresponds to a count of Unicode
		* characters.
		*/
		get columnIndex() {
			return this.position - this.positionAtNewLine;
		}
		/**
		* Set an event listener on an event. The parser supports one handler per
		* event type. If you try to set an event handler over an existing handler,
		* the old handler is silently overwritten.
		*
		* @param name The event to listen to.
		*
		* @param handler The handler to set.
		*/
		on(name, handler) {
			this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
		}
		/**
		* Unset an event handler.
		*
		* @parma name The event to stop listening to.
		*/
		off(name) {
			this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
		}
		/**
		* Make an error object. The error object will have a message that contains
		* the ``fileName`` option passed at the creation of the parser. If position
		* tracking was turned on, it will also have line and column number
		* information.
		*
		* @param message The message describing the error to report.
		*
		* @returns An error object with a properly formatted message.
		*/
		makeError(message) {
			var _a;
			let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
			if (this.trackPosition) {
				if (msg.length > 0) msg += ":";
				msg += `${this.line}:${this.column}`;
			}
			if (msg.length > 0) msg += ": ";
			return new Error(msg + message);
		}
		/**
		* Report a parsing error. This method is made public so that client code may
		* check for issues that are outside the scope of this project and can report
		* errors.
		*
		* @param message The error to report.
		*
		* @returns this
		*/
		fail(message) {
			const err = this.makeError(message);
			const handler = this.errorHandler;
			if (handler === void 0) throw err;
			else handler(err);
			return this;
		}
		/**
		* Write a XML data to the parser.
		*
		* @param chunk The XML data to write.
		*
		* @returns this
		*/
		write(chunk) {
			if (this.closed) return this.fail("cannot write after close; assign an onready handler.");
			let end = false;
			if (chunk === null) {
				end = true;
				chunk = "";
			} else if (typeof chunk === "object") chunk = chunk.toString();
			if (this.carriedFromPrevious !== void 0) {
				chunk = `${this.carriedFromPrevious}${chunk}`;
				this.carriedFromPrevious = void 0;
			}
			let limit = chunk.length;
			const lastCode = chunk.charCodeAt(limit - 1);
			if (!end && (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
				this.carriedFromPrevious = chunk[limit - 1];
				limit--;
				chunk = chunk.slice(0, limit);
			}
			const { stateTable } = this;
			this.chunk = chunk;
			this.i = 0;
			while (this.i < limit) stateTable[this.state].call(this);
			this.chunkPosition += limit;
			return end ? this.end() : this;
		}
		/**
		* Close the current stream. Perform final well-formedness checks and reset
		* the parser tstate.
		*
		* @returns this
		*/
		close() {
			return this.write(null);
		}
		/**
		* Get a single code point out of the current chunk. This updates the current
		* position if we do position tracking.
		*
		* This is the algorithm to use for XML 1.0.
		*
		* @returns The character read.
		*/
		getCode10() {
			const { chunk, i } = this;
			this.prevI = i;
			this.i = i + 1;
			if (i >= chunk.length) return EOC;
			const code = chunk.charCodeAt(i);
			this.column++;
			if (code < 55296) {
				if (code >= SPACE || code === TAB) return code;
				switch (code) {
					case NL:
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL;
					case CR:
						if (chunk.charCodeAt(i + 1) === NL) this.i = i + 2;
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL_LIKE;
					default:
						this.fail("disallowed character.");
						return code;
				}
			}
			if (code > 56319) {
				if (!(code >= 57344 && code <= 65533)) this.fail("disallowed character.");
				return code;
			}
			const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
			this.i = i + 2;
			if (final > 1114111) this.fail("disallowed character.");
			return final;
		}
		/**
		* Get a single code point out of the current chunk. This updates the current
		* position if we do position tracking.
		*
		* This is the algorithm to use for XML 1.1.
		*
		* @returns {number} The character read.
		*/
		getCode11() {
			const { chunk, i } = this;
			this.prevI = i;
			this.i = i + 1;
			if (i >= chunk.length) return EOC;
			const code = chunk.charCodeAt(i);
			this.column++;
			if (code < 55296) {
				if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) return code;
				switch (code) {
					case NL:
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL;
					case CR: {
						const next = chunk.charCodeAt(i + 1);
						if (next === NL || next === NEL) this.i = i + 2;
					}
					case NEL:
					case LS:
						this.line++;
						this.column = 0;
						this.positionAtNewLine = this.position;
						return NL_LIKE;
					default:
						this.fail("disallowed character.");
						return code;
				}
			}
			if (code > 56319) {
				if (!(code >= 57344 && code <= 65533)) this.fail("disallowed character.");
				return code;
			}
			const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
			this.i = i + 2;
			if (final > 1114111) this.fail("disallowed character.");
			return final;
		}
		/**
		* Like ``getCode`` but with the return value normalized so that ``NL`` is
		* returned for ``NL_LIKE``.
		*/
		getCodeNorm() {
			const c = this.getCode();
			return c === NL_LIKE ? NL : c;
		}
		unget() {
			this.i = this.prevI;
			this.column--;
		}
		/**
		* Capture characters into a buffer until encountering one of a set of
		* characters.
		*
		* @param chars An array of codepoints. Encountering a character in the array
		* ends the capture. (``chars`` may safely contain ``NL``.)
		*
		* @return The character code that made the capture end, or ``EOC`` if we hit
		* the end of the chunk. The return value cannot be NL_LIKE: NL is returned
		* instead.
		*/
		captureTo(chars) {
			let { i: start } = this;
			const { chunk } = this;
			while (true) {
				const c = this.getCode();
				const isNLLike = c === NL_LIKE;
				const final = isNLLike ? NL : c;
				if (final === EOC || chars.includes(final)) {
					this.text += chunk.slice(start, this.prevI);
					return final;
				}
				if (isNLLike) {
					this.text += `${chunk.slice(start, this.prevI)}\n`;
					start = this.i;
				}
			}
		}
		/**
		* Capture characters into a buffer until encountering a character.
		*
		* @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
		* CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
		*
		* @return ``true`` if we ran into the character. Otherwise, we ran into the
		* end of the current chunk.
		*/
		captureToChar(char) {
			let { i: start } = this;
			const { chunk } = this;
			while (true) {
				let c = this.getCode();
				switch (c) {
					case NL_LIKE:
						this.text += `${chunk.slice(start, this.prevI)}\n`;
						start = this.i;
						c = NL;
						break;
					case EOC:
						this.text += chunk.slice(start);
						return false;
				}
				if (c === char) {
					this.text += chunk.slice(start, this.prevI);
					return true;
				}
			}
		}
		/**
		* Capture characters that satisfy ``isNameChar`` into the ``name`` field of
		* this parser.
		*
		* @return The character code that made the test fail, or ``EOC`` if we hit
		* the end of the chunk. The return value cannot be NL_LIKE: NL is returned
		* instead.
		*/
		captureNameChars() {
			const { chunk, i: start } = this;
			while (true) {
				const c = this.getCode();
				if (c === EOC) {
					this.name += chunk.slice(start);
					return EOC;
				}
				if (!isNameChar(c)) {
					this.name += chunk.slice(start, this.prevI);
					return c === NL_LIKE ? NL : c;
				}
			}
		}
		/**
		* Skip white spaces.
		*
		* @return The character that ended the skip, or ``EOC`` if we hit
		* the end of the chunk. The return value cannot be NL_LIKE: NL is returned
		* instead.
		*/
		skipSpaces() {
			while (true) {
				const c = this.getCodeNorm();
				if (c === EOC || !isS(c)) return c;
			}
		}
		setXMLVersion(version) {
			this.currentXMLVersion = version;
			if (version === "1.0") {
				this.isChar = isChar10;
				this.getCode = this.getCode10;
			} else {
				this.isChar = isChar11;
				this.getCode = this.getCode11;
			}
		}
		sBegin() {
			if (this.chunk.charCodeAt(0) === 65279) {
				this.i++;
				this.column++;
			}
			this.state = S_BEGIN_WHITESPACE;
		}
		sBeginWhitespace() {
			const iBefore = this.i;
			const c = this.skipSpaces();
			if (this.prevI !== iBefore) this.xmlDeclPossible = false;
			switch (c) {
				case LESS:
					this.state = S_OPEN_WAKA;
					if (this.text.length !== 0) throw new Error("no-empty text at start");
					break;
				case EOC: break;
				default:
					this.unget();
					this.state = S_TEXT;
					this.xmlDeclPossible = false;
			}
		}
		sDoctype() {
			var _a;
			const c = this.captureTo(DOCTYPE_TERMINATOR);
			switch (c) {
				case GREATER:
					(_a = this.doctypeHandler) === null || _a === void 0 || _a.call(this, this.text);
					this.text = "";
					this.state = S_TEXT;
					this.doctype = true;
					break;
				case EOC: break;
				default:
					this.text += String.fromCodePoint(c);
					if (c === OPEN_BRACKET) this.state = S_DTD;
					else if (isQuote(c)) {
						this.state = S_DOCTYPE_QUOTE;
						this.q = c;
					}
			}
		}
		sDoctypeQuote() {
			const q = this.q;
			if (this.captureToChar(q)) {
				this.text += String.fromCodePoint(q);
				this.q = null;
				this.state = S_DOCTYPE;
			}
		}
		sDTD() {
			const c = this.captureTo(DTD_TERMINATOR);
			if (c === EOC) return;
			this.text += String.fromCodePoint(c);
			if (c === CLOSE_BRACKET) this.state = S_DOCTYPE;
			else if (c === LESS) this.state = S_DTD_OPEN_WAKA;
			else if (isQuote(c)) {
				this.state = S_DTD_QUOTED;
				this.q = c;
			}
		}
		sDTDQuoted() {
			const q = this.q;
			if (this.captureToChar(q)) {
				this.text += String.fromCodePoint(q);
				this.state = S_DTD;
				this.q = null;
			}
		}
		sDTDOpenWaka() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			switch (c) {
				case BANG:
					this.state = S_DTD_OPEN_WAKA_BANG;
					this.openWakaBang = "";
					break;
				case QUESTION:
					this.state = S_DTD_PI;
					break;
				default: this.state = S_DTD;
			}
		}
		sDTDOpenWakaBang() {
			const char = String.fromCodePoint(this.getCodeNorm());
			const owb = this.openWakaBang += char;
			this.text += char;
			if (owb !== "-") {
				this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
				this.openWakaBang = "";
			}
		}
		sDTDComment() {
			if (this.captureToChar(MINUS)) {
				this.text += "-";
				this.state = S_DTD_COMMENT_ENDING;
			}
		}
		sDTDCommentEnding() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
		}
		sDTDCommentEnded() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			if (c === GREATER) this.state = S_DTD;
			else {
				this.fail("malformed comment.");
				this.state = S_DTD_COMMENT;
			}
		}
		sDTDPI() {
			if (this.captureToChar(QUESTION)) {
				this.text += "?";
				this.state = S_DTD_PI_ENDING;
			}
		}
		sDTDPIEnding() {
			const c = this.getCodeNorm();
			this.text += String.fromCodePoint(c);
			if (c === GREATER) this.state = S_DTD;
		}
		sText() {
			if (this.tags.length !== 0) this.handleTextInRoot();
			else this.handleTextOutsideRoot();
		}
		sEntity() {
			let { i: start } = this;
			const { chunk } = this;
			loop: while (true) switch (this.getCode()) {
				case NL_LIKE:
					this.entity += `${chunk.slice(start, this.prevI)}\n`;
					start = this.i;
					break;
				case SEMICOLON: {
					const { entityReturnState } = this;
					const entity = this.entity + chunk.slice(start, this.prevI);
					this.state = entityReturnState;
					let parsed;
					if (entity === "") {
						this.fail("empty entity name.");
						parsed = "&;";
					} else {
						parsed = this.parseEntity(entity);
						this.entity = "";
					}
					if (entityReturnState !== S_TEXT || this.textHandler !== void 0) this.text += parsed;
					break loop;
				}
				case EOC:
					this.entity += chunk.slice(start);
					break loop;
			}
		}
		sOpenWaka() {
			const c = this.getCode();
			if (isNameStartChar(c)) {
				this.state = S_OPEN_TAG;
				this.unget();
				this.xmlDeclPossible = false;
			} else switch (c) {
				case FORWARD_SLASH:
					this.state = S_CLOSE_TAG;
					this.xmlDeclPossible = false;
					break;
				case BANG:
					this.state = S_OPEN_WAKA_BANG;
					this.openWakaBang = "";
					this.xmlDeclPossible = false;
					break;
				case QUESTION:
					this.state = S_PI_FIRST_CHAR;
					break;
				default:
					this.fail("disallowed character in tag name");
					this.state = S_TEXT;
					this.xmlDeclPossible = false;
			}
		}
		sOpenWakaBang() {
			this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
			switch (this.openWakaBang) {
				case "[CDATA[":
					if (!this.sawRoot && !this.reportedTextBeforeRoot) {
						this.fail("text data outside of root node.");
						this.reportedTextBeforeRoot = true;
					}
					if (this.closedRoot && !this.reportedTextAfterRoot) {
						this.fail("text data outside of root node.");
						this.reportedTextAfterRoot = true;
					}
					this.state = S_CDATA;
					this.openWakaBang = "";
					break;
				case "--":
					this.state = S_COMMENT;
					this.openWakaBang = "";
					break;
				case "DOCTYPE":
					this.state = S_DOCTYPE;
					if (this.doctype || this.sawRoot) this.fail("inappropriately located doctype declaration.");
					this.openWakaBang = "";
					break;
				default: if (this.openWakaBang.length >= 7) this.fail("incorrect syntax.");
			}
		}
		sComment() {
			if (this.captureToChar(MINUS)) this.state = S_COMMENT_ENDING;
		}
		sCommentEnding() {
			var _a;
			const c = this.getCodeNorm();
			if (c === MINUS) {
				this.state = S_COMMENT_ENDED;
				(_a = this.commentHandler) === null || _a === void 0 || _a.call(this, this.text);
				this.text = "";
			} else {
				this.text += `-${String.fromCodePoint(c)}`;
				this.state = S_COMMENT;
			}
		}
		sCommentEnded() {
			const c = this.getCodeNorm();
			if (c !== GREATER) {
				this.fail("malformed comment.");
				this.text += `--${String.fromCodePoint(c)}`;
				this.state = S_COMMENT;
			} else this.state = S_TEXT;
		}
		sCData() {
			if (this.captureToChar(CLOSE_BRACKET)) this.state = S_CDATA_ENDING;
		}
		sCDataEnding() {
			const c = this.getCodeNorm();
			if (c === CLOSE_BRACKET) this.state = S_CDATA_ENDING_2;
			else {
				this.text += `]${String.fromCodePoint(c)}`;
				this.state = S_CDATA;
			}
		}
		sCDataEnding2() {
			var _a;
			const c = this.getCodeNorm();
			switch (c) {
				case GREATER:
					(_a = this.cdataHandler) === null || _a === void 0 || _a.call(this, this.text);
					this.text = "";
					this.state = S_TEXT;
					break;
				case CLOSE_BRACKET:
					this.text += "]";
					break;
				default:
					this.text += `]]${String.fromCodePoint(c)}`;
					this.state = S_CDATA;
			}
		}
		sPIFirstChar() {
			const c = this.getCodeNorm();
			if (this.nameStartCheck(c)) {
				this.piTarget += String.fromCodePoint(c);
				this.state = S_PI_REST;
			} else if (c === QUESTION || isS(c)) {
				this.fail("processing instruction without a target.");
				this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
			} else {
				this.fail("disallowed character in processing instruction name.");
				this.piTarget += String.fromCodePoint(c);
				this.state = S_PI_REST;
			}
		}
		sPIRest() {
			const { chunk, i: start } = this;
			while (true) {
				const c = this.getCodeNorm();
				if (c === EOC) {
					this.piTarget += chunk.slice(start);
					return;
				}
				if (!this.nameCheck(c)) {
					this.piTarget += chunk.slice(start, this.prevI);
					const isQuestion = c === QUESTION;
					if (isQuestion || isS(c)) {
						if (this.piTarget === "xml") {
							if (!this.xmlDeclPossible) this.fail("an XML declaration must be at the start of the document.");
							this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
						} else this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
					} else {
						this.fail("disallowed character in processing instruction name.");
						this.piTarget += String.fromCodePoint(c);
					}
					break;
				}
			}
		}
		sPIBody() {
			if (this.text.length === 0) {
				const c = this.getCodeNorm();
				if (c === QUESTION) this.state = S_PI_ENDING;
				else if (!isS(c)) this.text = String.fromCodePoint(c);
			} else if (this.captureToChar(QUESTION)) this.state = S_PI_ENDING;
		}
		sPIEnding() {
			var _a;
			const c = this.getCodeNorm();
			if (c === GREATER) {
				const { piTarget } = this;
				if (piTarget.toLowerCase() === "xml") this.fail("the XML declaration must appear at the start of the document.");
				(_a = this.piHandler) === null || _a === void 0 || _a.call(this, {
					target: piTarget,
					body: this.text
				});
				this.piTarget = this.text = "";
				this.state = S_TEXT;
			} else if (c === QUESTION) this.text += "?";
			else {
				this.text += `?${String.fromCodePoint(c)}`;
				this.state = S_PI_BODY;
			}
			this.xmlDeclPossible = false;
		}
		sXMLDeclNameStart() {
			const c = this.skipSpaces();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				return;
			}
			if (c !== EOC) {
				this.state = S_XML_DECL_NAME;
				this.name = String.fromCodePoint(c);
			}
		}
		sXMLDeclName() {
			const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.name += this.text;
				this.text = "";
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (!(isS(c) || c === EQUAL)) return;
			this.name += this.text;
			this.text = "";
			if (!this.xmlDeclExpects.includes(this.name)) switch (this.name.length) {
				case 0:
					this.fail("did not expect any more name/value pairs.");
					break;
				case 1:
					this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
					break;
				default: this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
			}
			this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
		}
		sXMLDeclEq() {
			const c = this.getCodeNorm();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (isS(c)) return;
			if (c !== EQUAL) this.fail("value required.");
			this.state = S_XML_DECL_VALUE_START;
		}
		sXMLDeclValueStart() {
			const c = this.getCodeNorm();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (isS(c)) return;
			if (!isQuote(c)) {
				this.fail("value must be quoted.");
				this.q = SPACE;
			} else this.q = c;
			this.state = S_XML_DECL_VALUE;
		}
		sXMLDeclValue() {
			const c = this.captureTo([this.q, QUESTION]);
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				this.text = "";
				this.fail("XML declaration is incomplete.");
				return;
			}
			if (c === EOC) return;
			const value = this.text;
			this.text = "";
			switch (this.name) {
				case "version": {
					this.xmlDeclExpects = ["encoding", "standalone"];
					const version = value;
					this.xmlDecl.version = version;
					if (!/^1\.[0-9]+$/.test(version)) this.fail("version number must match /^1\\.[0-9]+$/.");
					else if (!this.opt.forceXMLVersion) this.setXMLVersion(version);
					break;
				}
				case "encoding":
					if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
					this.xmlDeclExpects = ["standalone"];
					this.xmlDecl.encoding = value;
					break;
				case "standalone":
					if (value !== "yes" && value !== "no") this.fail("standalone value must match \"yes\" or \"no\".");
					this.xmlDeclExpects = [];
					this.xmlDecl.standalone = value;
			}
			this.name = "";
			this.state = S_XML_DECL_SEPARATOR;
		}
		sXMLDeclSeparator() {
			const c = this.getCodeNorm();
			if (c === QUESTION) {
				this.state = S_XML_DECL_ENDING;
				return;
			}
			if (!isS(c)) {
				this.fail("whitespace required.");
				this.unget();
			}
			this.state = S_XML_DECL_NAME_START;
		}
		sXMLDeclEnding() {
			var _a;
			if (this.getCodeNorm() === GREATER) {
				if (this.piTarget !== "xml") this.fail("processing instructions are not allowed before root.");
				else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) this.fail("XML declaration must contain a version.");
				(_a = this.xmldeclHandler) === null || _a === void 0 || _a.call(this, this.xmlDecl);
				this.name = "";
				this.piTarget = this.text = "";
				this.state = S_TEXT;
			} else this.fail("The character ? is disallowed anywhere in XML declarations.");
			this.xmlDeclPossible = false;
		}
		sOpenTag() {
			var _a;
			const c = this.captureNameChars();
			if (c === EOC) return;
			const tag = this.tag = {
				name: this.name,
				attributes: Object.create(null)
			};
			this.name = "";
			if (this.xmlnsOpt) this.topNS = tag.ns = Object.create(null);
			(_a = this.openTagStartHandler) === null || _a === void 0 || _a.call(this, tag);
			this.sawRoot = true;
			if (!this.fragmentOpt && this.closedRoot) this.fail("documents may contain only one root.");
			switch (c) {
				case GREATER:
					this.openTag();
					break;
				case FORWARD_SLASH:
					this.state = S_OPEN_TAG_SLASH;
					break;
				default:
					if (!isS(c)) this.fail("disallowed character in tag name.");
					this.state = S_ATTRIB;
			}
		}
		sOpenTagSlash() {
			if (this.getCode() === GREATER) this.openSelfClosingTag();
			else {
				this.fail("forward-slash in opening tag not followed by >.");
				this.state = S_ATTRIB;
			}
		}
		sAttrib() {
			const c = this.skipSpaces();
			if (c === EOC) return;
			if (isNameStartChar(c)) {
				this.unget();
				this.state = S_ATTRIB_NAME;
			} else if (c === GREATER) this.openTag();
			else if (c === FORWARD_SLASH) this.state = S_OPEN_TAG_SLASH;
			else this.fail("disallowed character in attribute name.");
		}
		sAttribName() {
			const c = this.captureNameChars();
			if (c === EQUAL) this.state = S_ATTRIB_VALUE;
			else if (isS(c)) this.state = S_ATTRIB_NAME_SAW_WHITE;
			else if (c === GREATER) {
				this.fail("attribute without value.");
				this.pushAttrib(this.name, this.name);
				this.name = this.text = "";
				this.openTag();
			} else if (c !== EOC) this.fail("disallowed character in attribute name.");
		}
		sAttribNameSawWhite() {
			const c = this.skipSpaces();
			switch (c) {
				case EOC: return;
				case EQUAL:
					this.state = S_ATTRIB_VALUE;
					break;
				default:
					this.fail("attribute without value.");
					this.text = "";
					this.name = "";
					if (c === GREATER) this.openTag();
					else if (isNameStartChar(c)) {
						this.unget();
						this.state = S_ATTRIB_NAME;
					} else {
						this.fail("disallowed character in attribute name.");
						this.state = S_ATTRIB;
					}
			}
		}
		sAttribValue() {
			const c = this.getCodeNorm();
			if (isQuote(c)) {
				this.q = c;
				this.state = S_ATTRIB_VALUE_QUOTED;
			} else if (!isS(c)) {
				this.fail("unquoted attribute value.");
				this.state = S_ATTRIB_VALUE_UNQUOTED;
				this.unget();
			}
		}
		sAttribValueQuoted() {
			const { q, chunk } = this;
			let { i: start } = this;
			while (true) switch (this.getCode()) {
				case q:
					this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
					this.name = this.text = "";
					this.q = null;
					this.state = S_ATTRIB_VALUE_CLOSED;
					return;
				case AMP:
					this.text += chunk.slice(start, this.prevI);
					this.state = S_ENTITY;
					this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
					return;
				case NL:
				case NL_LIKE:
				case TAB:
					this.text += `${chunk.slice(start, this.prevI)} `;
					start = this.i;
					break;
				case LESS:
					this.text += chunk.slice(start, this.prevI);
					this.fail("disallowed character.");
					return;
				case EOC:
					this.text += chunk.slice(start);
					return;
			}
		}
		sAttribValueClosed() {
			const c = this.getCodeNorm();
			if (isS(c)) this.state = S_ATTRIB;
			else if (c === GREATER) this.openTag();
			else if (c === FORWARD_SLASH) this.state = S_OPEN_TAG_SLASH;
			else if (isNameStartChar(c)) {
				this.fail("no whitespace between attributes.");
				this.unget();
				this.state = S_ATTRIB_NAME;
			} else this.fail("disallowed character in attribute name.");
		}
		sAttribValueUnquoted() {
			const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
			switch (c) {
				case AMP:
					this.state = S_ENTITY;
					this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
					break;
				case LESS:
					this.fail("disallowed character.");
					break;
				case EOC: break;
				default:
					if (this.text.includes("]]>")) this.fail("the string \"]]>\" is disallowed in char data.");
					this.pushAttrib(this.name, this.text);
					this.name = this.text = "";
					if (c === GREATER) this.openTag();
					else this.state = S_ATTRIB;
			}
		}
		sCloseTag() {
			const c = this.captureNameChars();
			if (c === GREATER) this.closeTag();
			else if (isS(c)) this.state = S_CLOSE_TAG_SAW_WHITE;
			else if (c !== EOC) this.fail("disallowed character in closing tag.");
		}
		sCloseTagSawWhite() {
			switch (this.skipSpaces()) {
				case GREATER:
					this.closeTag();
					break;
				case EOC: break;
				default: this.fail("disallowed character in closing tag.");
			}
		}
		handleTextInRoot() {
			let { i: start, forbiddenState } = this;
			const { chunk, textHandler: handler } = this;
			scanLoop: while (true) switch (this.getCode()) {
				case LESS:
					this.state = S_OPEN_WAKA;
					if (handler !== void 0) {
						const { text } = this;
						const slice = chunk.slice(start, this.prevI);
						if (text.length !== 0) {
							handler(text + slice);
							this.text = "";
						} else if (slice.length !== 0) handler(slice);
					}
					forbiddenState = FORBIDDEN_START;
					break scanLoop;
				case AMP:
					this.state = S_ENTITY;
					this.entityReturnState = S_TEXT;
					if (handler !== void 0) this.text += chunk.slice(start, this.prevI);
					forbiddenState = FORBIDDEN_START;
					break scanLoop;
				case CLOSE_BRACKET:
					switch (forbiddenState) {
						case FORBIDDEN_START:
							forbiddenState = FORBIDDEN_BRACKET;
							break;
						case FORBIDDEN_BRACKET:
							forbiddenState = FORBIDDEN_BRACKET_BRACKET;
							break;
						case FORBIDDEN_BRACKET_BRACKET: break;
						default: throw new Error("impossible state");
					}
					break;
				case GREATER:
					if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) this.fail("the string \"]]>\" is disallowed in char data.");
					forbiddenState = FORBIDDEN_START;
					break;
				case NL_LIKE:
					if (handler !== void 0) this.text += `${chunk.slice(start, this.prevI)}\n`;
					start = this.i;
					forbiddenState = FORBIDDEN_START;
					break;
				case EOC:
					if (handler !== void 0) this.text += chunk.slice(start);
					break scanLoop;
				default: forbiddenState = FORBIDDEN_START;
			}
			this.forbiddenState = forbiddenState;
		}
		handleTextOutsideRoot() {
			let { i: start } = this;
			const { chunk, textHandler: handler } = this;
			let nonSpace = false;
			outRootLoop: while (true) {
				const code = this.getCode();
				switch (code) {
					case LESS:
						this.state = S_OPEN_WAKA;
						if (handler !== void 0) {
							const { text } = this;
							const slice = chunk.slice(start, this.prevI);
							if (text.length !== 0) {
								handler(text + slice);
								this.text = "";
							} else if (slice.length !== 0) handler(slice);
						}
						break outRootLoop;
					case AMP:
						this.state = S_ENTITY;
						this.entityReturnState = S_TEXT;
						if (handler !== void 0) this.text += chunk.slice(start, this.prevI);
						nonSpace = true;
						break outRootLoop;
					case NL_LIKE:
						if (handler !== void 0) this.text += `${chunk.slice(start, this.prevI)}\n`;
						start = this.i;
						break;
					case EOC:
						if (handler !== void 0) this.text += chunk.slice(start);
						break outRootLoop;
					default: if (!isS(code)) nonSpace = true;
				}
			}
			if (!nonSpace) return;
			if (!this.sawRoot && !this.reportedTextBeforeRoot) {
				this.fail("text data outside of root node.");
				this.reportedTextBeforeRoot = true;
			}
			if (this.closedRoot && !this.reportedTextAfterRoot) {
				this.fail("text data outside of root node.");
				this.reportedTextAfterRoot = true;
			}
		}
		pushAttribNS(name, value) {
			var _a;
			const { prefix, local } = this.qname(name);
			const attr = {
				name,
				prefix,
				local,
				value
			};
			this.attribList.push(attr);
			(_a = this.attributeHandler) === null || _a === void 0 || _a.call(this, attr);
			if (prefix === "xmlns") {
				const trimmed = value.trim();
				if (this.currentXMLVersion === "1.0" && trimmed === "") this.fail("invalid attempt to undefine prefix in XML 1.0");
				this.topNS[local] = trimmed;
				nsPairCheck(this, local, trimmed);
			} else if (name === "xmlns") {
				const trimmed = value.trim();
				this.topNS[""] = trimmed;
				nsPairCheck(this, "", trimmed);
			}
		}
		pushAttribPlain(name, value) {
			var _a;
			const attr = {
				name,
				value
			};
			this.attribList.push(attr);
			(_a = this.attributeHandler) === null || _a === void 0 || _a.call(this, attr);
		}
		/**
		* End parsing. This performs final well-formedness checks and resets the
		* parser to a clean state.
		*
		* @returns this
		*/
		end() {
			var _a, _b;
			if (!this.sawRoot) this.fail("document must contain a root element.");
			const { tags } = this;
			while (tags.length > 0) {
				const tag = tags.pop();
				this.fail(`unclosed tag: ${tag.name}`);
			}
			if (this.state !== S_BEGIN && this.state !== S_TEXT) this.fail("unexpected end.");
			const { text } = this;
			if (text.length !== 0) {
				(_a = this.textHandler) === null || _a === void 0 || _a.call(this, text);
				this.text = "";
			}
			this._closed = true;
			(_b = this.endHandler) === null || _b === void 0 || _b.call(this);
			this._init();
			return this;
		}
		/**
		* Resolve a namespace prefix.
		*
		* @param prefix The prefix to resolve.
		*
		* @returns The namespace URI or ``undefined`` if the prefix is not defined.
		*/
		resolve(prefix) {
			var _a, _b;
			let uri = this.topNS[prefix];
			if (uri !== void 0) return uri;
			const { tags } = this;
			for (let index = tags.length - 1; index >= 0; index--) {
				uri = tags[index].ns[prefix];
				if (uri !== void 0) return uri;
			}
			uri = this.ns[prefix];
			if (uri !== void 0) return uri;
			return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
		}
		/**
		* Parse a qname into its prefix and local name parts.
		*
		* @param name The name to parse
		*
		* @returns
		*/
		qname(name) {
			const colon = name.indexOf(":");
			if (colon === -1) return {
				prefix: "",
				local: name
			};
			const local = name.slice(colon + 1);
			const prefix = name.slice(0, colon);
			if (prefix === "" || local === "" || local.includes(":")) this.fail(`malformed name: ${name}.`);
			return {
				prefix,
				local
			};
		}
		processAttribsNS() {
			var _a;
			const { attribList } = this;
			const tag = this.tag;
			{
				const { prefix, local } = this.qname(tag.name);
				tag.prefix = prefix;
				tag.local = local;
				const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
				if (prefix !== "") {
					if (prefix === "xmlns") this.fail("tags may not have \"xmlns\" as prefix.");
					if (uri === "") {
						this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
						tag.uri = prefix;
					}
				}
			}
			if (attribList.length === 0) return;
			const { attributes } = tag;
			const seen = /* @__PURE__ */ new Set();
			for (const attr of attribList) {
				const { name, prefix, local } = attr;
				let uri;
				let eqname;
				if (prefix === "") {
					uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
					eqname = name;
				} else {
					uri = this.resolve(prefix);
					if (uri === void 0) {
						this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
						uri = prefix;
					}
					eqname = `{${uri}}${local}`;
				}
				if (seen.has(eqname)) this.fail(`duplicate attribute: ${eqname}.`);
				seen.add(eqname);
				attr.uri = uri;
				attributes[name] = attr;
			}
			this.attribList = [];
		}
		processAttribsPlain() {
			const { attribList } = this;
			const attributes = this.tag.attributes;
			for (const { name, value } of attribList) {
				if (attributes[name] !== void 0) this.fail(`duplicate attribute: ${name}.`);
				attributes[name] = value;
			}
			this.attribList = [];
		}
		/**
		* Handle a complete open tag. This parser code calls this once it has seen
		* the whole tag. This method checks for well-formeness and then emits
		* ``onopentag``.
		*/
		openTag() {
			var _a;
			this.processAttribs();
			const { tags } = this;
			const tag = this.tag;
			tag.isSelfClosing = false;
			(_a = this.openTagHandler) === null || _a === void 0 || _a.call(this, tag);
			tags.push(tag);
			this.state = S_TEXT;
			this.name = "";
		}
		/**
		* Handle a complete self-closing tag. This parser code calls this once it has
		* seen the whole tag. This method checks for well-formeness and then emits
		* ``onopentag`` and ``onclosetag``.
		*/
		openSelfClosingTag() {
			var _a, _b, _c;
			this.processAttribs();
			const { tags } = this;
			const tag = this.tag;
			tag.isSelfClosing = true;
			(_a = this.openTagHandler) === null || _a === void 0 || _a.call(this, tag);
			(_b = this.closeTagHandler) === null || _b === void 0 || _b.call(this, tag);
			if ((this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null) === null) this.closedRoot = true;
			this.state = S_TEXT;
			this.name = "";
		}
		/**
		* Handle a complete close tag. This parser code calls this once it has seen
		* the whole tag. This method checks for well-formeness and then emits
		* ``onclosetag``.
		*/
		closeTag() {
			const { tags, name } = this;
			this.state = S_TEXT;
			this.name = "";
			if (name === "") {
				this.fail("weird empty close tag.");
				this.text += "</>";
				return;
			}
			const handler = this.closeTagHandler;
			let l = tags.length;
			while (l-- > 0) {
				const tag = this.tag = tags.pop();
				this.topNS = tag.ns;
				handler === null || handler === void 0 || handler(tag);
				if (tag.name === name) break;
				this.fail("unexpected close tag.");
			}
			if (l === 0) this.closedRoot = true;
			else if (l < 0) {
				this.fail(`unmatched closing tag: ${name}.`);
				this.text += `</${name}>`;
			}
		}
		/**
		* Resolves an entity. Makes any necessary well-formedness checks.
		*
		* @param entity The entity to resolve.
		*
		* @returns The parsed entity.
		*/
		parseEntity(entity) {
			if (entity[0] !== "#") {
				const defined = this.ENTITIES[entity];
				if (defined !== void 0) return defined;
				this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
				return `&${entity};`;
			}
			let num = NaN;
			if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) num = parseInt(entity.slice(2), 16);
			else if (/^#[0-9]+$/.test(entity)) num = parseInt(entity.slice(1), 10);
			if (!this.isChar(num)) {
				this.fail("malformed character entity.");
				return `&${entity};`;
			}
			return String.fromCodePoint(num);
		}
	};
	exports.SaxesParser = SaxesParser;
})))();
/** Deeper nesting than any graph file needs is refused rather than followed. */
var MAX_DEPTH$1 = 200;
var UNDECLARED_ENTITY = "undefined entity.";
/** `viz:color` → `color`: readers look elements and attributes up by local name. */
var localName = (name) => name.slice(name.indexOf(":") + 1);
var XmlSyntaxError = class extends Error {
	line;
	constructor(line, message) {
		super(message);
		this.line = line;
	}
};
/**
* Parses `text`; malformed XML becomes an issue at `line N` (path) with the parser's reason. Never
* throws. saxes (a strict streaming parser) checks well-formedness and builds the tree in one
* pass: ~4× faster than the validate-then-parse of fast-xml-parser it replaced (5k-node GraphML:
* 0.15 s against 0.6 s).
*/
function parseXmlTree(text) {
	const source = text.startsWith("﻿") ? text.slice(1) : text;
	const parser = new import_saxes.SaxesParser({ position: true });
	const stack = [];
	let root;
	parser.on("error", (cause) => {
		if (cause.message.endsWith(UNDECLARED_ENTITY)) return;
		throw new XmlSyntaxError(parser.line, cause.message.replace(/^.*?:\d+:\d+: /, ""));
	});
	parser.on("opentag", (tag) => {
		if (stack.length >= MAX_DEPTH$1) throw new XmlSyntaxError(parser.line, `elements nested deeper than ${MAX_DEPTH$1}`);
		const attributes = /* @__PURE__ */ new Map();
		for (const [name, value] of Object.entries(tag.attributes)) if (typeof value === "string" && name !== "xmlns" && !name.startsWith("xmlns:")) attributes.set(localName(name), value);
		const element = {
			name: localName(tag.name),
			attributes,
			children: [],
			text: "",
			comments: [],
			line: parser.line
		};
		const parent = stack.at(-1);
		if (parent) parent.children.push(element);
		else root ??= element;
		stack.push(element);
	});
	parser.on("closetag", () => void stack.pop());
	const appendText = (value) => {
		const current = stack.at(-1);
		if (current) current.text += value;
	};
	parser.on("text", appendText);
	parser.on("cdata", appendText);
	parser.on("comment", (comment) => void stack.at(-1)?.comments.push(comment));
	try {
		parser.write(source).close();
	} catch (cause) {
		if (cause instanceof XmlSyntaxError) return {
			ok: false,
			issues: [error(`line ${cause.line}`, `not valid XML: ${cause.message}`)]
		};
		return {
			ok: false,
			issues: [error("(root)", `not valid XML: ${cause instanceof Error ? cause.message : String(cause)}`)]
		};
	}
	return root ? {
		ok: true,
		root
	} : {
		ok: false,
		issues: [error("(root)", "not valid XML: no root element")]
	};
}
var childElements = (parent, name) => parent ? parent.children.filter((child) => child.name === name) : [];
var firstChild = (parent, name) => parent?.children.find((child) => child.name === name);
// src/io/gexf/readGexf.ts
/** attribute id → lower-case title, type and default value, for one class ("node" or "edge"). */
function declarations(graph, kind) {
	const declared = /* @__PURE__ */ new Map();
	for (const group of childElements(graph, "attributes")) {
		if ((group.attributes.get("class") ?? "node") !== kind) continue;
		for (const attribute of childElements(group, "attribute")) {
			const id = attribute.attributes.get("id");
			if (id === void 0) continue;
			const fallback = firstChild(attribute, "default")?.text;
			const type = attribute.attributes.get("type");
			declared.set(id, {
				name: (attribute.attributes.get("title") ?? id).trim().toLowerCase(),
				...type !== void 0 && { type },
				...fallback !== void 0 && { fallback }
			});
		}
	}
	return declared;
}
/** Values by name. A dynamic attribute with several dated values keeps the latest one. */
function values$1(element, declared) {
	const found = /* @__PURE__ */ new Map();
	for (const attvalue of childElements(firstChild(element, "attvalues"), "attvalue")) {
		const id = attvalue.attributes.get("for") ?? attvalue.attributes.get("id");
		const value = attvalue.attributes.get("value");
		if (id === void 0 || value === void 0) continue;
		const declaration = declared.get(id);
		found.set(declaration?.name ?? id.trim().toLowerCase(), typedValue(value, declaration?.type));
	}
	for (const { name, type, fallback } of declared.values()) if (fallback !== void 0 && !found.has(name)) found.set(name, typedValue(fallback, type));
	return found;
}
/** A node's or edge's own time (start/end, GEXF 1.1 start/endopen, spells, timestamps), kept as attributes. */
function timeAttributes(element, into) {
	const { attributes } = element;
	const start = attributes.get("start") ?? attributes.get("startopen");
	const end = attributes.get("end") ?? attributes.get("endopen");
	if (start !== void 0) into.set("start", start);
	if (end !== void 0) into.set("end", end);
	const timestamp = attributes.get("timestamp") ?? attributes.get("timestamps");
	if (timestamp !== void 0) into.set("timestamps", timestamp);
	const spells = childElements(firstChild(element, "spells"), "spell").map((spell) => `${spell.attributes.get("start") ?? ""}..${spell.attributes.get("end") ?? ""}`);
	if (spells.length > 0) into.set("spells", spells.join(" | "));
}
var number = (text) => text === void 0 ? void 0 : Number(text);
function vizOf(node) {
	const color = firstChild(node, "color")?.attributes;
	const hex = color?.get("hex");
	const rgb = color ? [
		Number(color.get("r")),
		Number(color.get("g")),
		Number(color.get("b"))
	] : void 0;
	const position = firstChild(node, "position")?.attributes;
	return displayDraft({
		x: number(position?.get("x")),
		y: position?.get("y") === void 0 ? void 0 : 0 - Number(position.get("y")),
		color: hex !== void 0 ? hexColor(hex) : hexColor(rgb),
		size: number(firstChild(node, "size")?.attributes.get("value"))
	});
}
var warning$3 = (path, message) => ({
	path,
	message,
	severity: "warning"
});
function readNodes(container, parent, declared, nodes, warnings, depth) {
	for (const node of childElements(container, "node")) {
		const id = node.attributes.get("id");
		if (id === void 0) {
			warnings.push(warning$3(`line ${node.line}`, "a node without an id was skipped"));
			continue;
		}
		const label = node.attributes.get("label");
		const attributes = values$1(node, declared);
		timeAttributes(node, attributes);
		const display = vizOf(node);
		const parentId = parent ?? node.attributes.get("pid");
		nodes.push({
			id,
			...label !== void 0 && { label },
			attributes,
			...display && { display },
			...parentId !== void 0 && { parent: parentId },
			line: node.line
		});
		if (depth < 50) readNodes(firstChild(node, "nodes"), id, declared, nodes, warnings, depth + 1);
	}
}
function readGexf(root) {
	if (root.name !== "gexf") return {
		ok: false,
		issues: [error(`line ${root.line}`, `not a GEXF file: the root element is <${root.name}>, not <gexf>`)]
	};
	const graph = firstChild(root, "graph");
	if (!graph) return {
		ok: false,
		issues: [error(`line ${root.line}`, "the GEXF file has no <graph> element")]
	};
	const meta = firstChild(root, "meta");
	const warnings = [];
	const nodes = [];
	readNodes(firstChild(graph, "nodes"), void 0, declarations(graph, "node"), nodes, warnings, 0);
	const edgeAttributes = declarations(graph, "edge");
	const defaultType = graph.attributes.get("defaultedgetype") ?? "undirected";
	const edges = [];
	for (const edge of childElements(firstChild(graph, "edges"), "edge")) {
		const { attributes } = edge;
		const source = attributes.get("source");
		const target = attributes.get("target");
		if (source === void 0 || target === void 0) {
			warnings.push(warning$3(`line ${edge.line}`, "an edge without source or target was skipped"));
			continue;
		}
		const found = values$1(edge, edgeAttributes);
		timeAttributes(edge, found);
		for (const name of ["kind", "label"]) {
			const value = attributes.get(name);
			if (value !== void 0 && !found.has(name)) found.set(name, value);
		}
		const weightText = attributes.get("weight");
		const weight = weightText === void 0 ? void 0 : Number(weightText);
		const id = attributes.get("id");
		edges.push({
			...id !== void 0 && { id },
			source,
			target,
			directed: (attributes.get("type") ?? defaultType) === "directed",
			...weight !== void 0 && Number.isFinite(weight) && { weight },
			attributes: found,
			line: edge.line
		});
	}
	const envelopeJson = [...root.comments, ...meta?.comments ?? []].map((comment) => jsonFromComment(GEXF_ENVELOPE_LABEL, comment)).find((json) => json !== void 0);
	const title = firstChild(meta, "title")?.text;
	const description = firstChild(meta, "description")?.text;
	return graphDraftRead({
		title,
		description,
		envelopeJson,
		nodes,
		edges,
		warnings
	});
}
// src/io/gexf/fromGexf.ts
/** Never throws: malformed XML and unusable files come back as issues with line numbers. */
function fromGexf(text, options = {}) {
	const tree = parseXmlTree(text);
	if (!tree.ok) return tree;
	const read = readGexf(tree.root);
	if (!read.ok) return read;
	return restoreGraph(read.graph, options);
}
// src/io/gml/parseGml.ts
var MAX_DEPTH = 100;
var TOKEN = /\s+|#[^\n]*|\[|\]|"[^"]*"|[^\s[\]"]+/y;
/** Never throws: a syntax error comes back as an issue at `line N`. */
function parseGml(text) {
	const root = [];
	const stack = [root];
	let pendingKey;
	let line = 1;
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < text.length) {
		const at = TOKEN.lastIndex;
		const match = TOKEN.exec(text);
		if (!match) return {
			ok: false,
			issues: [error(`line ${line}`, `not valid GML: unexpected "${text.slice(at, at + 10)}"`)]
		};
		const token = match[0];
		const startLine = line;
		line += token.split("\n").length - 1;
		if (/^\s/.test(token) || token.startsWith("#")) continue;
		const current = stack.at(-1) ?? root;
		if (token === "]") {
			if (pendingKey || stack.length === 1) return {
				ok: false,
				issues: [error(`line ${startLine}`, "not valid GML: \"]\" without a matching \"[\"")]
			};
			stack.pop();
			continue;
		}
		if (!pendingKey) {
			if (token === "[" || token.startsWith("\"")) return {
				ok: false,
				issues: [error(`line ${startLine}`, `not valid GML: expected a key, found ${token.slice(0, 20)}`)]
			};
			pendingKey = {
				key: token,
				line: startLine
			};
			continue;
		}
		if (token === "[") {
			if (stack.length > MAX_DEPTH) return {
				ok: false,
				issues: [error(`line ${startLine}`, `not valid GML: lists nested deeper than ${MAX_DEPTH}`)]
			};
			const list = [];
			current.push({
				...pendingKey,
				value: list
			});
			stack.push(list);
		} else if (token.startsWith("\"")) current.push({
			...pendingKey,
			value: decodeEntities(token.slice(1, -1))
		});
		else {
			const number = Number(token);
			current.push({
				...pendingKey,
				value: Number.isFinite(number) ? number : token
			});
		}
		pendingKey = void 0;
	}
	if (stack.length > 1 || pendingKey) return {
		ok: false,
		issues: [error(`line ${line}`, "not valid GML: the file ends inside a list (a \"]\" is missing)")]
	};
	return {
		ok: true,
		list: root
	};
}
/** networkx escapes `"`, `&` and non-ASCII as HTML character references. */
function decodeEntities(text) {
	return text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (whole, name) => {
		const lower = name.toLowerCase();
		if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
		if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
		return {
			quot: "\"",
			amp: "&",
			lt: "<",
			gt: ">",
			apos: "'"
		}[lower] ?? whole;
	});
}
var safeCodePoint = (code, fallback) => Number.isInteger(code) && code >= 0 && code <= 1114111 ? String.fromCodePoint(code) : fallback;
// src/io/gml/readGml.ts
var isList = (value) => Array.isArray(value);
var get = (list, key) => list.find((entry) => entry.key === key)?.value;
var text = (value) => value === void 0 || isList(value) ? void 0 : String(value);
var num$1 = (value) => typeof value === "number" ? value : void 0;
/** Scalar entries other than `skip`, by lower-case key; a nested list is kept as its JSON. */
function attributesOf$1(list, skip) {
	const found = /* @__PURE__ */ new Map();
	for (const { key, value } of list) {
		if (skip.has(key)) continue;
		found.set(key.toLowerCase(), isList(value) ? JSON.stringify(Object.fromEntries(value.map((entry) => [entry.key, isList(entry.value) ? "…" : entry.value]))) : value);
	}
	return found;
}
function graphicsOf(list) {
	const graphics = get(list, "graphics");
	if (!isList(graphics)) return void 0;
	return displayDraft({
		x: num$1(get(graphics, "x")),
		y: num$1(get(graphics, "y")),
		size: num$1(get(graphics, "w")),
		color: hexColor(text(get(graphics, "fill")))
	});
}
var warning$2 = (path, message) => ({
	path,
	message,
	severity: "warning"
});
function readGml(root) {
	const graphEntry = root.find((entry) => entry.key === "graph" && isList(entry.value));
	if (!graphEntry) return {
		ok: false,
		issues: [error("line 1", "the GML file has no graph [ … ] list")]
	};
	const graph = graphEntry.value;
	const directed = get(graph, "directed") === 1;
	const warnings = [];
	const nodes = [];
	const edges = [];
	for (const entry of graph) {
		if (!isList(entry.value)) continue;
		const item = entry.value;
		if (entry.key === "node") {
			const id = text(get(item, "id"));
			if (id === void 0) {
				warnings.push(warning$2(`line ${entry.line}`, "a node without an id was skipped"));
				continue;
			}
			const label = text(get(item, "label")) ?? text(get(item, "name"));
			const display = graphicsOf(item);
			nodes.push({
				id,
				...label !== void 0 && { label },
				attributes: attributesOf$1(item, /* @__PURE__ */ new Set([
					"id",
					"label",
					"name",
					"graphics"
				])),
				...display && { display },
				line: entry.line
			});
		} else if (entry.key === "edge") {
			const source = text(get(item, "source"));
			const target = text(get(item, "target"));
			if (source === void 0 || target === void 0) {
				warnings.push(warning$2(`line ${entry.line}`, "an edge without source or target was skipped"));
				continue;
			}
			const weight = num$1(get(item, "weight") ?? get(item, "value"));
			const id = text(get(item, "id"));
			edges.push({
				...id !== void 0 && { id },
				source,
				target,
				directed,
				...weight !== void 0 && { weight },
				attributes: attributesOf$1(item, /* @__PURE__ */ new Set([
					"source",
					"target",
					"id",
					"weight",
					"value",
					"graphics"
				])),
				line: entry.line
			});
		}
	}
	return graphDraftRead({
		title: text(get(graph, "name")) ?? text(get(graph, "label")),
		description: text(get(graph, "comment")),
		nodes,
		edges,
		warnings
	});
}
// src/io/gml/fromGml.ts
/** Never throws: syntax errors and unusable files come back as issues with line numbers. */
function fromGml(text, options = {}) {
	const tree = parseGml(text);
	if (!tree.ok) return tree;
	const read = readGml(tree.list);
	if (!read.ok) return read;
	return restoreGraph(read.graph, options);
}
// src/io/graphml/readGraphml.ts
function readKeys(root) {
	const keys = /* @__PURE__ */ new Map();
	for (const key of childElements(root, "key")) {
		const id = key.attributes.get("id");
		if (id === void 0) continue;
		const fallback = firstChild(key, "default")?.text;
		const name = (key.attributes.get("attr.name") ?? id).trim().toLowerCase();
		const type = key.attributes.get("attr.type");
		keys.set(id, {
			domain: key.attributes.get("for") ?? "all",
			name,
			...type !== void 0 && { type },
			...fallback !== void 0 && { fallback }
		});
	}
	return keys;
}
/** The first descendant named `name` (depth first), e.g. yEd's `<y:NodeLabel>` inside graphics data. */
function descendant(element, name) {
	for (const child of element.children) {
		if (child.name === name) return child;
		const nested = descendant(child, name);
		if (nested) return nested;
	}
}
/** yEd graphics: label, and for nodes the geometry's centre, width and fill colour (first realizer). */
function yedGraphics(data) {
	const label = (descendant(data, "NodeLabel") ?? descendant(data, "EdgeLabel"))?.text.trim();
	const geometry = descendant(data, "Geometry")?.attributes;
	const fill = descendant(data, "Fill")?.attributes.get("color");
	const width = Number(geometry?.get("width"));
	const height = Number(geometry?.get("height"));
	const display = geometry ? displayDraft({
		x: Number(geometry.get("x")) + width / 2,
		y: Number(geometry.get("y")) + height / 2,
		color: hexColor(fill),
		size: width
	}) : displayDraft({ color: hexColor(fill) });
	return {
		...label && { label },
		...display && { display }
	};
}
function values(element, domain, keys) {
	const found = /* @__PURE__ */ new Map();
	let graphics = {};
	for (const item of childElements(element, "data")) {
		const id = item.attributes.get("key") ?? "";
		const key = keys.get(id);
		if (item.children.length > 0) graphics = {
			...yedGraphics(item),
			...graphics
		};
		else found.set(key?.name ?? id.toLowerCase(), typedValue(item.text, key?.type));
	}
	for (const key of keys.values()) if ((key.domain === domain || key.domain === "all") && key.fallback !== void 0 && !found.has(key.name)) found.set(key.name, typedValue(key.fallback, key.type));
	return {
		found,
		graphics
	};
}
var warning$1 = (path, message) => ({
	path,
	message,
	severity: "warning"
});
/** Removes and returns the value of the first of `names` present. */
function take(found, ...names) {
	for (const name of names) {
		const value = found.get(name);
		found.delete(name);
		if (value !== void 0) return value;
	}
}
var asNumber = (value) => value === void 0 || value === "" ? void 0 : Number(value);
var asText = (value) => value === void 0 ? void 0 : String(value);
/** Gephi and others write layout as plain keys: x, y, size, r/g/b or color. */
function keyedDisplay(found) {
	const has = (name) => found.has(name);
	if (![
		"x",
		"y",
		"size",
		"r",
		"color",
		"colour"
	].some(has)) return void 0;
	const rgb = has("r") && has("g") && has("b") ? [
		asNumber(take(found, "r")) ?? NaN,
		asNumber(take(found, "g")) ?? NaN,
		asNumber(take(found, "b")) ?? NaN
	] : void 0;
	const color = rgb ? hexColor(rgb) : hexColor(asText(found.get("color") ?? found.get("colour")));
	if (!rgb && color !== void 0) take(found, "color", "colour");
	return displayDraft({
		x: asNumber(take(found, "x")),
		y: asNumber(take(found, "y")),
		size: asNumber(take(found, "size")),
		color
	});
}
function readGraph(graph, parent, reading, depth) {
	const directedByDefault = graph.attributes.get("edgedefault") !== "undirected";
	for (const node of childElements(graph, "node")) {
		const id = node.attributes.get("id");
		if (id === void 0) {
			reading.warnings.push(warning$1(`line ${node.line}`, "a node without an id was skipped"));
			continue;
		}
		const { found, graphics } = values(node, "node", reading.keys);
		const label = asText(take(found, "label", "name")) ?? graphics.label;
		const display = keyedDisplay(found) ?? graphics.display;
		reading.nodes.push({
			id,
			...label !== void 0 && { label },
			attributes: found,
			...display && { display },
			...parent !== void 0 && { parent },
			line: node.line
		});
		const nested = firstChild(node, "graph");
		if (nested && depth < 50) readGraph(nested, id, reading, depth + 1);
	}
	for (const edge of childElements(graph, "edge")) {
		const source = edge.attributes.get("source");
		const target = edge.attributes.get("target");
		if (source === void 0 || target === void 0) {
			reading.warnings.push(warning$1(`line ${edge.line}`, "an edge without source or target was skipped"));
			continue;
		}
		const { found, graphics } = values(edge, "edge", reading.keys);
		if (!found.has("label") && graphics.label !== void 0) found.set("label", graphics.label);
		const weight = asNumber(take(found, "weight"));
		const directed = edge.attributes.get("directed");
		const id = edge.attributes.get("id");
		reading.edges.push({
			...id !== void 0 && { id },
			source,
			target,
			directed: directed === void 0 ? directedByDefault : directed === "true",
			...weight !== void 0 && Number.isFinite(weight) && { weight },
			attributes: found,
			line: edge.line
		});
	}
	if (childElements(graph, "hyperedge").length > 0) reading.warnings.push(warning$1(`line ${graph.line}`, "hyperedges were not imported: a relation joins two actors"));
}
function readGraphml(root) {
	if (root.name !== "graphml") return {
		ok: false,
		issues: [error(`line ${root.line}`, `not a GraphML file: the root element is <${root.name}>, not <graphml>`)]
	};
	const graph = firstChild(root, "graph");
	if (!graph) return {
		ok: false,
		issues: [error(`line ${root.line}`, "the GraphML file has no <graph> element")]
	};
	const reading = {
		keys: readKeys(root),
		nodes: [],
		edges: [],
		warnings: []
	};
	readGraph(graph, void 0, reading, 0);
	const graphData = values(graph, "graph", reading.keys).found;
	const title = asText(take(graphData, "title", "name", "label"));
	const description = asText(take(graphData, "description"));
	const envelopeJson = asText(take(graphData, GRAPHML_ENVELOPE_KEY));
	return graphDraftRead({
		title: title?.trim() === "" ? void 0 : title,
		description: description?.trim() === "" ? void 0 : description,
		envelopeJson,
		nodes: reading.nodes,
		edges: reading.edges,
		warnings: reading.warnings
	});
}
// src/io/graphml/fromGraphml.ts
/** Never throws: malformed XML and unusable files come back as issues with line numbers. */
function fromGraphml(text, options = {}) {
	const tree = parseXmlTree(text);
	if (!tree.ok) return tree;
	const read = readGraphml(tree.root);
	if (!read.ok) return read;
	return restoreGraph(read.graph, options);
}
// src/io/jsongraph/readJsonGraph.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var str = (value) => typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
var num = (value) => typeof value === "number" && Number.isFinite(value) ? value : void 0;
/** Scalars kept as they are, objects and arrays as their JSON text. */
function attributesOf(record, skip) {
	const found = /* @__PURE__ */ new Map();
	for (const [key, value] of Object.entries(record)) {
		if (skip.has(key) || value === null || value === void 0) continue;
		found.set(key.toLowerCase(), typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : JSON.stringify(value));
	}
	return found;
}
var warning = (path, message) => ({
	path,
	message,
	severity: "warning"
});
/** Does this JSON look like JGF or Cytoscape JSON (rather than a Tangle dataset)? */
function jsonGraphKind(json) {
	if (!isObject(json)) return void 0;
	if (isObject(json.graph) || Array.isArray(json.graphs)) return "jgf";
	if (isObject(json.elements) || Array.isArray(json.elements) && !("schemaVersion" in json)) return "cytoscape";
}
function readJgf(json) {
	const graph = isObject(json.graph) ? json.graph : Array.isArray(json.graphs) && isObject(json.graphs[0]) ? json.graphs[0] : void 0;
	if (!graph) return {
		ok: false,
		issues: [error("graph", "the JSON Graph file has no graph")]
	};
	const warnings = [];
	if (Array.isArray(json.graphs) && json.graphs.length > 1) warnings.push(warning("graphs", `the file holds ${json.graphs.length} graphs; only the first was imported`));
	const rawNodes = Array.isArray(graph.nodes) ? graph.nodes.map((node, index) => [
		str(isObject(node) ? node.id : void 0) ?? "",
		node,
		`graph.nodes[${index}]`
	]) : isObject(graph.nodes) ? Object.entries(graph.nodes).map(([id, node]) => [
		id,
		node,
		`graph.nodes.${id}`
	]) : [];
	const nodes = [];
	for (const [id, node, path] of rawNodes) {
		if (id === "" || !isObject(node)) {
			warnings.push(warning(path, "a node without an id was skipped"));
			continue;
		}
		const metadata = isObject(node.metadata) ? node.metadata : {};
		const label = str(node.label);
		nodes.push({
			id,
			...label !== void 0 && { label },
			attributes: attributesOf({
				...metadata,
				...node.type !== void 0 && { type: node.type }
			}, /* @__PURE__ */ new Set()),
			line: path
		});
	}
	const directed = graph.directed !== false;
	const edges = [];
	(Array.isArray(graph.edges) ? graph.edges : []).forEach((edge, index) => {
		const path = `graph.edges[${index}]`;
		const source = isObject(edge) ? str(edge.source) : void 0;
		const target = isObject(edge) ? str(edge.target) : void 0;
		if (!isObject(edge) || source === void 0 || target === void 0) {
			warnings.push(warning(path, "an edge without source or target was skipped"));
			return;
		}
		const metadata = isObject(edge.metadata) ? edge.metadata : {};
		const weight = num(metadata.weight);
		const attributes = attributesOf(metadata, /* @__PURE__ */ new Set(["weight"]));
		if (str(edge.relation) !== void 0) attributes.set("kind", str(edge.relation) ?? "");
		if (str(edge.label) !== void 0) attributes.set("label", str(edge.label) ?? "");
		const id = str(edge.id);
		edges.push({
			...id !== void 0 && { id },
			source,
			target,
			directed: typeof edge.directed === "boolean" ? edge.directed : directed,
			...weight !== void 0 && { weight },
			attributes,
			line: path
		});
	});
	const metadata = isObject(graph.metadata) ? graph.metadata : {};
	return graphDraftRead({
		title: str(graph.label),
		description: str(metadata.description) ?? str(graph.type),
		nodes,
		edges,
		warnings
	});
}
function readCytoscape(json) {
	const elements = json.elements;
	const listOf = (value) => Array.isArray(value) ? value : [];
	const list = Array.isArray(elements) ? elements : isObject(elements) ? [...listOf(elements.nodes), ...listOf(elements.edges)] : [];
	const warnings = [];
	const nodes = [];
	const edges = [];
	list.forEach((element, index) => {
		const path = `elements[${index}]`;
		const data = isObject(element) && isObject(element.data) ? element.data : void 0;
		if (!isObject(element) || !data) {
			warnings.push(warning(path, "an element without data was skipped"));
			return;
		}
		const id = str(data.id);
		const source = str(data.source);
		const target = str(data.target);
		if (source !== void 0 && target !== void 0) {
			const weight = num(data.weight);
			const attributes = attributesOf(data, /* @__PURE__ */ new Set([
				"id",
				"source",
				"target",
				"weight",
				"SUID",
				"shared_name",
				"selected"
			]));
			const interaction = str(data.interaction);
			if (interaction !== void 0 && !attributes.has("kind")) attributes.set("kind", interaction);
			edges.push({
				...id !== void 0 && { id },
				source,
				target,
				directed: data.directed !== false,
				...weight !== void 0 && { weight },
				attributes,
				line: path
			});
		} else if (id !== void 0) {
			const label = str(data.name) ?? str(data.label);
			const position = isObject(element.position) ? element.position : {};
			const display = displayDraft({
				x: num(position.x),
				y: num(position.y),
				color: hexColor(str(data.color))
			});
			const parent = str(data.parent);
			nodes.push({
				id,
				...label !== void 0 && { label },
				attributes: attributesOf(data, /* @__PURE__ */ new Set([
					"id",
					"name",
					"label",
					"parent",
					"SUID",
					"shared_name",
					"selected"
				])),
				...display && { display },
				...parent !== void 0 && { parent },
				line: path
			});
		} else warnings.push(warning(path, "an element without an id was skipped"));
	});
	const data = isObject(json.data) ? json.data : {};
	return graphDraftRead({
		title: str(data.name) ?? str(data.title),
		nodes,
		edges,
		warnings
	});
}
// src/io/jsongraph/fromJsonGraph.ts
/** Cheap check on the first characters, before parsing: `{"graph":`, `{"graphs":` or `{"elements":` (any key order up front). */
function isJsonGraph(text) {
	const head = text.trimStart().slice(0, 4e3);
	return /^\{[\s\S]*?"(graph|graphs|elements)"\s*:/.test(head) && !/"schemaVersion"\s*:/.test(head);
}
function fromJsonGraph(text, options) {
	const json = parseJson(text);
	if (!json.ok) return json;
	const kind = jsonGraphKind(json.value);
	if (kind === void 0) return {
		ok: false,
		issues: [error("(root)", "not a JSON Graph Format or Cytoscape JSON file: it has no graph or elements")]
	};
	const value = json.value;
	const read = kind === "jgf" ? readJgf(value) : readCytoscape(value);
	if (!read.ok) return read;
	return restoreGraph(read.graph, options(kind === "jgf" ? "JSON Graph Format" : "Cytoscape JSON"));
}
// src/io/readGraphFile.ts
/** A result for the formats other than Tangle's JSON and spreadsheets, or undefined to let the caller read it. */
function readGraphFile(name, text, detected) {
	const options = (format) => ({
		fallbackTitle: name,
		origin: {
			file: name,
			format
		}
	});
	switch (detected.format) {
		case "gexf": return fromGexf(text, options("GEXF"));
		case "graphml": return fromGraphml(text, options("GraphML"));
		case "gml": return fromGml(text, options("GML"));
		case "ftm": return fromFtm(text, options("FollowTheMoney"));
		case "jgf-or-cytoscape": return fromJsonGraph(text, options);
		case "json":
			if (looksLikeFtm(text)) return fromFtm(text, options("FollowTheMoney"));
			return isJsonGraph(text) ? fromJsonGraph(text, options) : void 0;
		case "unsupported": return {
			ok: false,
			issues: [error("(root)", detected.message)]
		};
		default: return;
	}
}
// src/io/csv/csvColumns.ts
var ACTORS_FILE = "actors.csv";
var RELATIONS_FILE = "relations.csv";
var ACTOR_COLUMNS = [
	"id",
	"name",
	"kind",
	"aliases",
	"summary",
	"tags",
	"sources"
];
var REQUIRED_ACTOR_COLUMNS = [
	"id",
	"name",
	"kind"
];
/** One row per claim; the relation's own columns repeat on each of its claims' rows. */
var RELATION_COLUMNS = [
	"relation_id",
	"from",
	"to",
	"kind",
	"directed",
	"claim_id",
	"claim_text",
	"status",
	"claimed_by",
	"time_from",
	"time_to",
	"approximate",
	"quantities",
	"sources"
];
var REQUIRED_RELATION_COLUMNS = [
	"relation_id",
	"from",
	"to",
	"kind",
	"claim_id",
	"claim_text",
	"status",
	"sources"
];
// src/io/csv/csvTable.ts
function readTable(text, fileName, known, required) {
	const parsed = parseCsv(text, fileName);
	if (!parsed.ok) return parsed;
	const [header, ...records] = parsed.records;
	if (!header) return {
		ok: false,
		issues: [error(fileName, "the file is empty; its first line must name the columns")]
	};
	const names = header.cells.map((cell) => unguardCell(cell).trim().toLowerCase());
	const index = /* @__PURE__ */ new Map();
	names.forEach((name, position) => {
		if (!index.has(name)) index.set(name, position);
	});
	const missing = required.filter((name) => !index.has(name));
	if (missing.length > 0) return {
		ok: false,
		issues: [error(`${fileName} line ${header.line}`, `missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`)]
	};
	const warnings = [];
	const unknown = names.filter((name) => name !== "" && !known.includes(name));
	if (unknown.length > 0) warnings.push({
		path: `${fileName} line ${header.line}`,
		message: `unknown columns were ignored: ${unknown.join(", ")}`,
		severity: "warning"
	});
	const issues = [];
	const rows = [];
	for (const record of records) {
		const where = `${fileName} line ${record.line}`;
		if (record.cells.length !== names.length) {
			issues.push(error(where, `has ${record.cells.length} cells where the header has ${names.length}`));
			continue;
		}
		rows.push({
			where,
			get: (column) => unguardCell(record.cells[index.get(column) ?? -1] ?? "")
		});
	}
	return issues.length > 0 ? {
		ok: false,
		issues
	} : {
		ok: true,
		rows,
		warnings
	};
}
// src/io/csv/readCsvCells.ts
/** `[…]` JSON, or a plain "src-a | src-b" list of source ids as people type them. */
function readSourceRefs(row, column, issues) {
	const cell = row.get(column).trim();
	if (cell === "") return [];
	if (!cell.startsWith("[")) return splitList(cell).map((source) => ({ source }));
	return readJsonList(row, column, issues);
}
function readQuantities(row, column, issues) {
	return row.get(column).trim() === "" ? [] : readJsonList(row, column, issues);
}
function readJsonList(row, column, issues) {
	const parsed = parseJson(row.get(column));
	if (parsed.ok && Array.isArray(parsed.value)) return parsed.value;
	const reason = parsed.ok ? "is not a JSON list" : `is not valid JSON (${parsed.issues[0]?.message ?? ""})`;
	issues.push(error(row.where, `${column} ${reason}`));
	return [];
}
/** "true"/"false" (also yes/no, 1/0); undefined for an empty cell. */
function readBoolean(row, column, issues) {
	const cell = row.get(column).trim().toLowerCase();
	if (cell === "") return void 0;
	if ([
		"true",
		"yes",
		"1"
	].includes(cell)) return true;
	if ([
		"false",
		"no",
		"0"
	].includes(cell)) return false;
	issues.push(error(row.where, `${column} must be true or false, not "${row.get(column)}"`));
}
/** The trimmed cell, or undefined when empty (optional fields). */
function readOptional(row, column) {
	const cell = row.get(column).trim();
	return cell === "" ? void 0 : cell;
}
// src/io/csv/readActorRows.ts
function readActorRows(rows, issues) {
	return rows.map((row) => {
		const summary = readOptional(row, "summary");
		return {
			id: row.get("id").trim(),
			name: row.get("name"),
			kind: row.get("kind").trim(),
			aliases: splitList(row.get("aliases")),
			...summary !== void 0 && { summary },
			tags: splitList(row.get("tags")),
			sources: readSourceRefs(row, "sources", issues)
		};
	});
}
// src/io/csv/readRelationRows.ts
function readTime(row, issues) {
	const from = readOptional(row, "time_from");
	const to = readOptional(row, "time_to");
	const approximate = readBoolean(row, "approximate", issues);
	if (from === void 0 && to === void 0 && approximate === void 0) return void 0;
	return {
		...from !== void 0 && { from },
		...to !== void 0 && { to },
		...approximate !== void 0 && { approximate }
	};
}
function readClaim(row, issues) {
	const claimedBy = readOptional(row, "claimed_by");
	const time = readTime(row, issues);
	return {
		id: row.get("claim_id").trim(),
		text: row.get("claim_text"),
		status: row.get("status").trim(),
		...claimedBy !== void 0 && { claimedBy },
		...time !== void 0 && { time },
		quantities: readQuantities(row, "quantities", issues),
		sources: readSourceRefs(row, "sources", issues)
	};
}
function readRelationRows(rows, issues) {
	const byId = /* @__PURE__ */ new Map();
	const result = {
		relations: [],
		relationWhere: [],
		claimWhere: [],
		directedByKind: /* @__PURE__ */ new Map()
	};
	for (const row of rows) {
		const id = row.get("relation_id").trim();
		const from = row.get("from").trim();
		const to = row.get("to").trim();
		const kind = row.get("kind").trim();
		const directed = readBoolean(row, "directed", issues);
		if (directed !== void 0 && !result.directedByKind.has(kind)) result.directedByKind.set(kind, directed);
		const unsourced = [
			"claim_id",
			"claim_text",
			"status",
			"sources"
		].every((column) => row.get(column).trim() === "");
		const claims = unsourced ? [] : [readClaim(row, issues)];
		const index = byId.get(id);
		const relation = index === void 0 ? void 0 : result.relations[index];
		if (index === void 0 || relation === void 0) {
			byId.set(id, result.relations.length);
			result.relations.push({
				id,
				from,
				to,
				kind,
				claims
			});
			result.relationWhere.push(row.where);
			result.claimWhere.push(unsourced ? [] : [row.where]);
		} else if (relation.from !== from || relation.to !== to || relation.kind !== kind) issues.push(error(row.where, `relation "${id}" has another from, to or kind than on ${result.relationWhere[index] ?? "its first row"}`));
		else {
			relation.claims.push(...claims);
			if (!unsourced) result.claimWhere[index]?.push(row.where);
		}
	}
	return result;
}
// src/io/csv/fromCsv.ts
/** Never throws: every problem comes back as an issue naming the file and line. */
function fromCsv(actorsCsv, relationsCsv, base = {}) {
	const actorTable = readTable(actorsCsv, ACTORS_FILE, ACTOR_COLUMNS, REQUIRED_ACTOR_COLUMNS);
	const relationTable = readTable(relationsCsv, RELATIONS_FILE, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS);
	if (!actorTable.ok || !relationTable.ok) return {
		ok: false,
		issues: [...actorTable.ok ? [] : actorTable.issues, ...relationTable.ok ? [] : relationTable.issues]
	};
	const issues = [...actorTable.warnings, ...relationTable.warnings];
	const actors = readActorRows(actorTable.rows, issues);
	const relations = readRelationRows(relationTable.rows, issues);
	if (hasErrors(issues)) return {
		ok: false,
		issues
	};
	return finishImport({
		envelope: base,
		actors,
		relations: relations.relations,
		directedByKind: relations.directedByKind
	}, issues, {
		actors: actorTable.rows.map((row) => row.where),
		relations: relations.relationWhere,
		claims: relations.claimWhere
	});
}
// src/io/spreadsheet/columnMapping.ts
var find = (header, ...names) => names.map((name) => header.find((column) => column.trim().toLowerCase() === name)).find((column) => column !== void 0);
/** Edge columns recognised from a header, or undefined. */
function guessEdgeColumns(header) {
	const source = find(header, "source", "from", "source id", "sender");
	const target = find(header, "target", "to", "target id", "receiver");
	if (source === void 0 || target === void 0) return void 0;
	const kumu = source.toLowerCase() === "from";
	const type = find(header, "type");
	const label = find(header, "label");
	const columns = {
		source,
		target
	};
	const kind = kumu ? type : find(header, "kind", "relation", "relationship") ?? label;
	if (kind !== void 0) columns.kind = kind;
	if (!kumu && type !== void 0) columns.direction = type;
	if (kumu && label !== void 0) columns.label = label;
	const weight = find(header, "weight");
	if (weight !== void 0) columns.weight = weight;
	const id = find(header, "id");
	if (id !== void 0) columns.id = id;
	return {
		columns,
		shape: kumu ? "kumu" : type !== void 0 ? "gephi" : "edge list"
	};
}
/** Node columns recognised from a header (Gephi Id/Label, Kumu Label/Type), or undefined. */
function guessNodeColumns(header) {
	const id = find(header, "id");
	const label = find(header, "label", "name");
	const key = id ?? label;
	if (key === void 0) return void 0;
	const kind = find(header, "type", "kind", "category");
	const description = find(header, "description", "summary");
	const tags = find(header, "tags");
	return {
		id: key,
		...label !== void 0 && { label },
		...kind !== void 0 && { kind },
		...description !== void 0 && { description },
		...tags !== void 0 && { tags }
	};
}
/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/
// src/io/spreadsheet/parseTable.ts
var import_papaparse_min = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	((e, t) => {
		"function" == typeof define && define.amd ? define([], t) : "object" == typeof module && "undefined" != typeof exports ? module.exports = t() : e.Papa = t();
	})(this$1, function r() {
		var n = "undefined" != typeof self ? self : "undefined" != typeof window ? window : void 0 !== n ? n : {};
		var s = !n.document && !!n.postMessage, a = n.IS_PAPA_WORKER || !1, o = {}, h = 0, w = {};
		function q(e) {
			return 65279 === e.charCodeAt(0) ? e.slice(1) : e;
		}
		function u(e) {
			this._handle = null, this._finished = !1, this._completed = !1, this._halted = !1, this._input = null, this._baseIndex = 0, this._partialLine = "", this._rowCount = 0, this._start = 0, this._nextChunk = null, this.isFirstChunk = !0, this._completeResults = {
				data: [],
				errors: [],
				meta: {}
			}, function(e) {
				var t = E(e);
				t.chunkSize = parseInt(t.chunkSize), e.step || e.chunk || (t.chunkSize = null);
				this._handle = new i(t), (this._handle.streamer = this)._config = t;
			}.call(this, e), this.parseChunk = function(t, e) {
				var i = parseInt(this._config.skipFirstNLines) || 0;
				if (this.isFirstChunk && 0 < i) {
					let e = this._config.newline;
					e || (r = this._config.quoteChar || "\"", e = this._handle.guessLineEndings(t, r)), t = [...t.split(e).slice(i)].join(e);
				}
				this.isFirstChunk && U(this._config.beforeFirstChunk) && void 0 !== (r = this._config.beforeFirstChunk(t)) && (t = r), this.isFirstChunk = !1, this._halted = !1;
				var i = this._partialLine + t, r = (this._partialLine = "", this._handle.parse(i, this._baseIndex, !this._finished));
				if (!this._handle.paused() && !this._handle.aborted()) {
					t = r.meta.cursor, i = (this._finished || (this._partialLine = i.substring(t - this._baseIndex), this._baseIndex = t), r && r.data && (this._rowCount += r.data.length), this._finished || this._config.preview && this._rowCount >= this._config.preview);
					if (a) n.postMessage({
						results: r,
						workerId: w.WORKER_ID,
						finished: i
					});
					else if (U(this._config.chunk) && !e) {
						if (this._config.chunk(r, this._handle), this._handle.paused() || this._handle.aborted()) return void (this._halted = !0);
						this._completeResults = r = void 0;
					}
					return this._config.step || this._config.chunk || (this._completeResults.data = this._completeResults.data.concat(r.data), this._completeResults.errors = this._completeResults.errors.concat(r.errors), this._completeResults.meta = r.meta), this._completed || !i || !U(this._config.complete) || r && r.meta.aborted || (this._config.complete(this._completeResults, this._input), this._completed = !0), i || r && r.meta.paused || this._nextChunk(), r;
				}
				this._halted = !0;
			}, this._sendError = function(e) {
				U(this._config.error) ? this._config.error(e) : a && this._config.error && n.postMessage({
					workerId: w.WORKER_ID,
					error: e,
					finished: !1
				});
			};
		}
		function d(e) {
			var r;
			(e = e || {}).chunkSize || (e.chunkSize = w.RemoteChunkSize), u.call(this, e), this._nextChunk = s ? function() {
				this._readChunk(), this._chunkLoaded();
			} : function() {
				this._readChunk();
			}, this.stream = function(e) {
				this._input = e, this._nextChunk();
			}, this._readChunk = function() {
				if (this._finished) this._chunkLoaded();
				else {
					if (r = new XMLHttpRequest(), this._config.withCredentials && (r.withCredentials = this._config.withCredentials), s || (r.onload = m(this._chunkLoaded, this), r.onerror = m(this._chunkError, this)), r.ontimeout = m(this._chunkTimeout, this), r.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !s), this._config.downloadTimeout && !s && (r.timeout = this._config.downloadTimeout), this._config.downloadRequestHeaders) {
						var e, t = this._config.downloadRequestHeaders;
						for (e in t) r.setRequestHeader(e, t[e]);
					}
					var i;
					this._config.chunkSize && (i = this._start + this._config.chunkSize - 1, r.setRequestHeader("Range", "bytes=" + this._start + "-" + i));
					try {
						r.send(this._config.downloadRequestBody);
					} catch (e) {
						this._chunkError(e.message);
					}
					s && 0 === r.status && this._chunkError();
				}
			}, this._chunkLoaded = function() {
				4 === r.readyState && (r.status < 200 || 400 <= r.status ? this._chunkError() : (this._start += this._config.chunkSize || r.responseText.length, this._finished = !this._config.chunkSize || this._start >= ((e) => null !== (e = e.getResponseHeader("Content-Range")) ? parseInt(e.substring(e.lastIndexOf("/") + 1)) : -1)(r), this.parseChunk(r.responseText)));
			}, this._chunkError = function(e) {
				e = r.statusText || e;
				this._sendError(new Error(e));
			}, this._chunkTimeout = function() {
				this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
			};
		}
		function l(e) {
			(e = e || {}).chunkSize || (e.chunkSize = w.LocalChunkSize), u.call(this, e);
			var i, r, n = "undefined" != typeof FileReader;
			this.stream = function(e) {
				this._input = e, r = e.slice || e.webkitSlice || e.mozSlice, n ? ((i = new FileReader()).onload = m(this._chunkLoaded, this), i.onerror = m(this._chunkError, this)) : i = new FileReaderSync(), this._nextChunk();
			}, this._nextChunk = function() {
				this._finished || this._config.preview && !(this._rowCount < this._config.preview) || this._readChunk();
			}, this._readChunk = function() {
				var e = this._input, t = (this._config.chunkSize && (t = Math.min(this._start + this._config.chunkSize, this._input.size), e = r.call(e, this._start, t)), i.readAsText(e, this._config.encoding));
				n || this._chunkLoaded({ target: { result: t } });
			}, this._chunkLoaded = function(e) {
				this._start += this._config.chunkSize, this._finished = !this._config.chunkSize || this._start >= this._input.size, this.parseChunk(e.target.result);
			}, this._chunkError = function() {
				this._sendError(i.error);
			};
		}
		function f(e) {
			var i;
			u.call(this, e = e || {}), this.stream = function(e) {
				return i = e, this._nextChunk();
			}, this._nextChunk = function() {
				var e, t;
				if (!this._finished) return e = this._config.chunkSize, i = e ? (t = i.substring(0, e), i.substring(e)) : (t = i, ""), this._finished = !i, this.parseChunk(t);
			};
		}
		function c(e) {
			u.call(this, e = e || {});
			var t = [], i = !0, r = !1;
			this.pause = function() {
				u.prototype.pause.apply(this, arguments), this._input.pause();
			}, this.resume = function() {
				u.prototype.resume.apply(this, arguments), this._input.resume();
			}, this.stream = function(e) {
				this._input = e, this._input.on("data", this._streamData), this._input.on("end", this._streamEnd), this._input.on("error", this._streamError);
			}, this._checkIsFinished = function() {
				r && 1 === t.length && (this._finished = !0);
			}, this._nextChunk = function() {
				this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : i = !0;
			}, this._streamData = m(function(e) {
				try {
					t.push("string" == typeof e ? e : e.toString(this._config.encoding)), i && (i = !1, this._checkIsFinished(), this.parseChunk(t.shift()));
				} catch (e) {
					this._streamError(e);
				}
			}, this), this._streamError = m(function(e) {
				this._streamCleanUp(), this._sendError(e);
			}, this), this._streamEnd = m(function() {
				this._streamCleanUp(), r = !0, this._streamData("");
			}, this), this._streamCleanUp = m(function() {
				this._input.removeListener("data", this._streamData), this._input.removeListener("end", this._streamEnd), this._input.removeListener("error", this._streamError);
			}, this);
		}
		function i(m) {
			var n, s, a, t, o = Math.pow(2, 53), h = -o, u = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/, d = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/, i = this, r = 0, l = 0, f = !1, e = !1, c = [], p = {
				data: [],
				errors: [],
				meta: {}
			};
			function y(e) {
				return "greedy" === m.skipEmptyLines ? "" === e.join("").trim() : 1 === e.length && 0 === e[0].length;
			}
			function _() {
				if (p && a && (k("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + w.DefaultDelimiter + "'"), a = !1), m.skipEmptyLines && (p.data = p.data.filter(function(e) {
					return !y(e);
				})), g()) {
					if (p) if (Array.isArray(p.data[0])) {
						for (var e = 0; g() && e < p.data.length; e++) p.data[e].forEach(t);
						p.data.splice(0, 1);
					} else p.data.forEach(t);
					function t(e) {
						c.push(e);
					}
				}
				function i(e, t) {
					for (var i = m.header ? {} : [], r = 0; r < e.length; r++) {
						var n = r, s = e[r], s = ((e, t) => ((e) => (m.dynamicTypingFunction && void 0 === m.dynamicTyping[e] && (m.dynamicTyping[e] = m.dynamicTypingFunction(e)), !0 === (m.dynamicTyping[e] || m.dynamicTyping)))(e) ? "true" === t || "TRUE" === t || "false" !== t && "FALSE" !== t && (((e) => {
							if (u.test(e)) {
								e = parseFloat(e);
								if (h < e && e < o) return 1;
							}
						})(t) ? parseFloat(t) : d.test(t) ? new Date(t) : "" === t ? null : t) : t)(n = m.header ? r >= c.length ? "__parsed_extra" : c[r] : n, s = m.transform ? m.transform(s, n) : s);
						"__parsed_extra" === n ? (i[n] = i[n] || [], i[n].push(s)) : i[n] = s;
					}
					return m.header && (r > c.length ? k("FieldMismatch", "TooManyFields", "Too many fields: expected " + c.length + " fields but parsed " + r, l + t) : r < c.length && k("FieldMismatch", "TooFewFields", "Too few fields: expected " + c.length + " fields but parsed " + r, l + t)), i;
				}
				var r;
				p && (m.header || m.dynamicTyping || m.transform) && (r = 1, !p.data.length || Array.isArray(p.data[0]) ? (p.data = p.data.map(i), r = p.data.length) : p.data = i(p.data, 0), m.header && p.meta && (p.meta.fields = c), l += r);
			}
			function g() {
				return m.header && 0 === c.length;
			}
			function k(e, t, i, r) {
				e = {
					type: e,
					code: t,
					message: i
				};
				void 0 !== r && (e.row = r), p.errors.push(e);
			}
			U(m.step) && (t = m.step, m.step = function(e) {
				p = e, g() ? _() : (_(), 0 !== p.data.length && (r += e.data.length, m.preview && r > m.preview ? s.abort() : (p.data = p.data[0], t(p, i))));
			}), this.parse = function(e, t, i) {
				var r = m.quoteChar || "\"", r = (m.newline || (m.newline = this.guessLineEndings(e, r)), a = !1, m.delimiter ? U(m.delimiter) && (m.delimiter = m.delimiter(e), p.meta.delimiter = m.delimiter) : ((r = ((e, t, i, r, n) => {
					var s, a, o, h;
					n = n || [
						",",
						"	",
						"|",
						";",
						w.RECORD_SEP,
						w.UNIT_SEP
					];
					for (var u = 0; u < n.length; u++) {
						for (var d, l = n[u], f = 0, c = 0, p = 0, _ = (o = void 0, new b({
							comments: r,
							delimiter: l,
							newline: t,
							preview: 10
						}).parse(e)), g = 0; g < _.data.length; g++) i && y(_.data[g]) ? p++ : (d = _.data[g].length, c += d, void 0 === o ? o = d : 0 < d && (f += Math.abs(d - o), o = d));
						0 < _.data.length && (c /= _.data.length - p), 1.99 < c && (void 0 === a || f < a || f === a && h < c) && (a = f, s = l, h = c);
					}
					return {
						successful: !!(m.delimiter = s),
						bestDelimiter: s
					};
				})(e, m.newline, m.skipEmptyLines, m.comments, m.delimitersToGuess)).successful ? m.delimiter = r.bestDelimiter : (a = !0, m.delimiter = w.DefaultDelimiter), p.meta.delimiter = m.delimiter), E(m));
				return r.header = g(), m.preview && m.header && r.preview++, n = e, s = new b(r), p = s.parse(n, t, i), _(), f ? { meta: { paused: !0 } } : p || { meta: { paused: !1 } };
			}, this.paused = function() {
				return f;
			}, this.pause = function() {
				f = !0, s.abort(), n = U(m.chunk) ? "" : n.substring(s.getCharIndex());
			}, this.resume = function() {
				i.streamer._halted ? (f = !1, i.streamer.parseChunk(n, !0)) : setTimeout(i.resume, 3);
			}, this.aborted = function() {
				return e;
			}, this.abort = function() {
				e = !0, s.abort(), p.meta.aborted = !0, U(m.complete) && m.complete(p), n = "";
			}, this.guessLineEndings = function(e, t) {
				e = e.substring(0, 1048576);
				var t = new RegExp(P(t) + "([^]*?)" + P(t), "gm"), i = (e = e.replace(t, "")).split("\r"), t = e.split("\n"), e = 1 < t.length && t[0].length < i[0].length;
				if (1 === i.length || e) return "\n";
				for (var r = 0, n = 0; n < i.length; n++) "\n" === i[n][0] && r++;
				return r >= i.length / 2 ? "\r\n" : "\r";
			};
		}
		function P(e) {
			return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		}
		function b(C) {
			var S = (C = C || {}).delimiter, O = C.newline, x = C.comments, T = C.step, I = C.preview, A = C.fastMode, D = null, L = !1, F = null == C.quoteChar ? "\"" : C.quoteChar, z = F;
			if (void 0 !== C.escapeChar && (z = C.escapeChar), ("string" != typeof S || -1 < w.BAD_DELIMITERS.indexOf(S)) && (S = ","), x === S) throw new Error("Comment character same as delimiter");
			!0 === x ? x = "#" : ("string" != typeof x || -1 < w.BAD_DELIMITERS.indexOf(x)) && (x = !1), "\n" !== O && "\r" !== O && "\r\n" !== O && (O = "\n");
			var M = 0, j = !1;
			this.parse = function(i, t, r) {
				if ("string" != typeof i) throw new Error("Input must be a string");
				var n = i.length, e = S.length, s = O.length, a = x.length, o = U(T), h = [], u = [], d = [], l = M = 0;
				if (!i) return v();
				if (A || !1 !== A && -1 === i.indexOf(F)) {
					for (var f = i.split(O), c = 0; c < f.length; c++) {
						if (d = f[c], M += d.length, c !== f.length - 1) M += O.length;
						else if (r) return v();
						if (!x || d.substring(0, a) !== x) {
							if (o) {
								if (h = [], k(d.split(S)), R(), j) return v();
							} else k(d.split(S));
							if (I && I <= c) return h = h.slice(0, I), v(!0);
						}
					}
					return v();
				}
				for (var p = i.indexOf(S, M), _ = i.indexOf(O, M), g = new RegExp(P(z) + P(F), "g"), m = i.indexOf(F, M);;) if (i[M] === F) for (m = M, M++;;) {
					if (-1 === (m = i.indexOf(F, m + 1))) return r || u.push({
						type: "Quotes",
						code: "MissingQuotes",
						message: "Quoted field unterminated",
						row: h.length,
						index: M
					}), b();
					if (m === n - 1) return b(i.substring(M, m).replace(g, F));
					if (F === z && i[m + 1] === z) m++;
					else if (F === z || 0 === m || i[m - 1] !== z) {
						-1 !== p && p < m + 1 && (p = i.indexOf(S, m + 1));
						var y = w(-1 === (_ = -1 !== _ && _ < m + 1 ? i.indexOf(O, m + 1) : _) ? p : Math.min(p, _));
						if (i.substr(m + 1 + y, e) === S) {
							d.push(i.substring(M, m).replace(g, F)), i[M = m + 1 + y + e] !== F && (m = i.indexOf(F, M)), -1 !== p && p < M && (p = i.indexOf(S, M)), -1 !== _ && _ < M && (_ = i.indexOf(O, M));
							break;
						}
						y = w(_);
						if (i.substring(m + 1 + y, m + 1 + y + s) === O) {
							if (d.push(i.substring(M, m).replace(g, F)), E(m + 1 + y + s), -1 !== p && p < M && (p = i.indexOf(S, M)), m = i.indexOf(F, M), o && (R(), j)) return v();
							if (I && h.length >= I) return v(!0);
							break;
						}
						u.push({
							type: "Quotes",
							code: "InvalidQuotes",
							message: "Trailing quote on quoted field is malformed",
							row: h.length,
							index: M
						}), m++;
					}
				}
				else if (x && 0 === d.length && i.substring(M, M + a) === x) {
					if (-1 === _) return v();
					M = _ + s, _ = i.indexOf(O, M), -1 !== p && p < M && (p = i.indexOf(S, M));
				} else if (-1 !== p && (p < _ || -1 === _)) d.push(i.substring(M, p)), M = p + e, p = i.indexOf(S, M);
				else {
					if (-1 === _) break;
					if (d.push(i.substring(M, _)), E(_ + s), o && (R(), j)) return v();
					if (I && h.length >= I) return v(!0);
				}
				return b();
				function k(e) {
					h.push(e), l = M;
				}
				function w(e) {
					var t = 0;
					return t = -1 !== e && (e = i.substring(m + 1, e)) && "" === e.trim() ? e.length : t;
				}
				function b(e) {
					return r || (void 0 === e && (e = i.substring(M)), d.push(e), M = n, k(d), o && R()), v();
				}
				function E(e) {
					M = e, k(d), d = [], _ = i.indexOf(O, M);
				}
				function v(e) {
					if (C.header && !t && h.length && !L) {
						var s = h[0], a = Object.create(null), o = new Set(s);
						let n = !1;
						for (let r = 0; r < s.length; r++) {
							let i = q(s[r]);
							if (a[i = U(C.transformHeader) ? C.transformHeader(i, r) : i]) {
								let e, t = a[i];
								for (; e = i + "_" + t, t++, o.has(e););
								o.add(e), s[r] = e, a[i]++, n = !0, (D = null === D ? {} : D)[e] = i;
							} else a[i] = 1, s[r] = i;
							o.add(i);
						}
						n && console.warn("Duplicate headers found and renamed."), L = !0;
					}
					return {
						data: h,
						errors: u,
						meta: {
							delimiter: S,
							linebreak: O,
							aborted: j,
							truncated: !!e,
							cursor: l + (t || 0),
							renamedHeaders: D
						}
					};
				}
				function R() {
					T(v()), h = [], u = [];
				}
			}, this.abort = function() {
				j = !0;
			}, this.getCharIndex = function() {
				return M;
			};
		}
		function p(e) {
			var t = e.data, i = o[t.workerId], r = !1;
			if (t.error) i.userError(t.error, t.file);
			else if (t.results && t.results.data) {
				var n = {
					abort: function() {
						r = !0, _(t.workerId, {
							data: [],
							errors: [],
							meta: { aborted: !0 }
						});
					},
					pause: g,
					resume: g
				};
				if (U(i.userStep)) {
					for (var s = 0; s < t.results.data.length && (i.userStep({
						data: t.results.data[s],
						errors: t.results.errors,
						meta: t.results.meta
					}, n), !r); s++);
					delete t.results;
				} else U(i.userChunk) && (i.userChunk(t.results, n, t.file), delete t.results);
			}
			t.finished && !r && _(t.workerId, t.results);
		}
		function _(e, t) {
			var i = o[e];
			U(i.userComplete) && i.userComplete(t), i.terminate(), delete o[e];
		}
		function g() {
			throw new Error("Not implemented.");
		}
		function E(e) {
			if ("object" != typeof e || null === e) return e;
			var t, i = Array.isArray(e) ? [] : {};
			for (t in e) i[t] = E(e[t]);
			return i;
		}
		function m(e, t) {
			return function() {
				e.apply(t, arguments);
			};
		}
		function U(e) {
			return "function" == typeof e;
		}
		return w.parse = function(e, t) {
			var i = (t = t || {}).dynamicTyping || !1;
			U(i) && (t.dynamicTypingFunction = i, i = {});
			if (t.dynamicTyping = i, t.transform = !!U(t.transform) && t.transform, void 0 !== t.downloadTimeout) {
				var i = parseInt(t.downloadTimeout);
				if (isNaN(i)) throw new Error("Config downloadTimeout value (" + t.downloadTimeout + ") not parsable by parseInt(val).");
				t.downloadTimeout = i;
			}
			if (!t.worker || !w.WORKERS_SUPPORTED) return i = null, w.NODE_STREAM_INPUT, "string" == typeof e ? (e = q(e), i = new (t.download ? d : f)(t)) : !0 === e.readable && U(e.read) && U(e.on) ? i = new c(t) : (n.File && e instanceof File || e instanceof Object) && (i = new l(t)), i.stream(e);
			(i = (() => {
				var e;
				return !!w.WORKERS_SUPPORTED && (e = (() => {
					var e = n.URL || n.webkitURL || null, t = r.toString();
					return w.BLOB_URL || (w.BLOB_URL = e.createObjectURL(new Blob([
						"var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ",
						"(",
						t,
						")();"
					], { type: "text/javascript" })));
				})(), (e = new n.Worker(e)).onmessage = p, e.id = h++, o[e.id] = e);
			})()).userStep = t.step, i.userChunk = t.chunk, i.userComplete = t.complete, i.userError = t.error, t.step = U(t.step), t.chunk = U(t.chunk), t.complete = U(t.complete), t.error = U(t.error), delete t.worker, i.postMessage({
				input: e,
				config: t,
				workerId: i.id
			});
		}, w.unparse = function(e, t) {
			var s = !1, g = !0, m = ",", y = "\r\n", a = "\"", o = a + a, i = !1, r = null, h = !1, u = ((() => {
				if ("object" == typeof t) {
					if ("string" != typeof t.delimiter || w.BAD_DELIMITERS.filter(function(e) {
						return -1 !== t.delimiter.indexOf(e);
					}).length || (m = t.delimiter), "boolean" != typeof t.quotes && "function" != typeof t.quotes && !Array.isArray(t.quotes) || (s = t.quotes), "boolean" != typeof t.skipEmptyLines && "string" != typeof t.skipEmptyLines || (i = t.skipEmptyLines), "string" == typeof t.newline && (y = t.newline), "string" == typeof t.quoteChar && (a = t.quoteChar, o = a + a), "boolean" == typeof t.header && (g = t.header), Array.isArray(t.columns)) {
						if (0 === t.columns.length) throw new Error("Option columns is empty");
						r = t.columns;
					}
					void 0 !== t.escapeChar && (o = t.escapeChar + a), t.escapeFormulae instanceof RegExp ? h = t.escapeFormulae : "boolean" == typeof t.escapeFormulae && t.escapeFormulae && (h = /^[=+\-@\t\r].*$/);
				}
			})(), new RegExp(P(a), "g"));
			"string" == typeof e && (e = JSON.parse(e));
			if (Array.isArray(e)) {
				if (!e.length) return n(r, e, i);
				if (Array.isArray(e[0])) return n(null, e, i);
				if ("object" == typeof e[0]) return n(r || Object.keys(e[0]), e, i);
			} else if ("object" == typeof e) return "string" == typeof e.data && (e.data = JSON.parse(e.data)), Array.isArray(e.data) && (e.fields || (e.fields = e.meta && e.meta.fields || r), e.fields || (e.fields = Array.isArray(e.data[0]) ? e.fields : "object" == typeof e.data[0] ? Object.keys(e.data[0]) : []), Array.isArray(e.data[0]) || "object" == typeof e.data[0] || (e.data = [e.data])), n(e.fields || [], e.data || [], i);
			throw new Error("Unable to serialize unrecognized input");
			function n(e, t, i) {
				var r = "", n = ("string" == typeof e && (e = JSON.parse(e)), "string" == typeof t && (t = JSON.parse(t)), Array.isArray(e) && 0 < e.length), s = !Array.isArray(t[0]);
				if (n && g) {
					for (var a = 0; a < e.length; a++) 0 < a && (r += m), r += k(e[a], a);
					0 < t.length && (r += y);
				}
				for (var o = 0; o < t.length; o++) {
					var h = (n ? e : t[o]).length, u = !1, d = n ? 0 === Object.keys(t[o]).length : 0 === t[o].length;
					if (i && !n && (u = "greedy" === i ? "" === t[o].join("").trim() : 1 === t[o].length && (null == t[o][0] || 0 === t[o][0].length)), "greedy" === i && n) {
						for (var l = [], f = 0; f < h; f++) {
							var c = s ? e[f] : f;
							l.push(t[o][c]);
						}
						u = "" === l.join("").trim();
					}
					if (!u) {
						for (var p = 0; p < h; p++) {
							0 < p && !d && (r += m);
							var _ = n && s ? e[p] : p;
							r += k(t[o][_], p);
						}
						o < t.length - 1 && (!i || 0 < h && !d) && (r += y);
					}
				}
				return r;
			}
			function k(e, t) {
				var i, r, n;
				return null == e ? "" : e.constructor === Date ? isNaN(e.getTime()) ? "" : e.toISOString() : (n = !1, i = e.toString(), h && "number" != typeof e && "bigint" != typeof e && "boolean" != typeof e && h.test(i) && (e = i = "'" + i, n = !0), r = i.replace(u, o), (n = n || !0 === s || "function" == typeof s && s(e, t) || Array.isArray(s) && s[t] || ((e, t) => {
					for (var i = 0; i < t.length; i++) if (-1 < e.indexOf(t[i])) return !0;
					return !1;
				})(r, w.BAD_DELIMITERS) || -1 < r.indexOf(m) || -1 < i.indexOf(a) || " " === r.charAt(0) || " " === r.charAt(r.length - 1)) ? a + r + a : r);
			}
		}, w.RECORD_SEP = String.fromCharCode(30), w.UNIT_SEP = String.fromCharCode(31), w.BYTE_ORDER_MARK = "﻿", w.BAD_DELIMITERS = [
			"\r",
			"\n",
			"\"",
			w.BYTE_ORDER_MARK
		], w.WORKERS_SUPPORTED = !s && !!n.Worker, w.NODE_STREAM_INPUT = 1, w.LocalChunkSize = 10485760, w.RemoteChunkSize = 5242880, w.DefaultDelimiter = ",", w.Parser = b, w.ParserHandle = i, w.NetworkStreamer = d, w.FileStreamer = l, w.StringStreamer = f, w.ReadableStreamStreamer = c, a && (n.onmessage = function(e) {
			e = e.data;
			void 0 === w.WORKER_ID && e && (w.WORKER_ID = e.workerId);
			"string" == typeof e.input ? n.postMessage({
				workerId: w.WORKER_ID,
				results: w.parse(e.input, e.config),
				finished: !0
			}) : (n.File && e.input instanceof File || e.input instanceof Object) && (e = w.parse(e.input, e.config)) && n.postMessage({
				workerId: w.WORKER_ID,
				results: e,
				finished: !0
			});
		}), (d.prototype = Object.create(u.prototype)).constructor = d, (l.prototype = Object.create(u.prototype)).constructor = l, (f.prototype = Object.create(f.prototype)).constructor = f, (c.prototype = Object.create(u.prototype)).constructor = c, w;
	});
})))(), 1);
function parseTable(name, text) {
	const parsed = import_papaparse_min.default.parse(text.replace(/^\uFEFF/, ""), {
		skipEmptyLines: false,
		delimitersToGuess: [
			",",
			";",
			"	",
			"|"
		]
	});
	const warnings = parsed.errors.filter((problem) => problem.code !== "UndetectableDelimiter").slice(0, 20).map((problem) => ({
		path: `${name} row ${(problem.row ?? 0) + 1}`,
		message: problem.message,
		severity: "warning"
	}));
	const all = parsed.data;
	const headerIndex = all.findIndex((row) => row.some((cell) => cell.trim() !== ""));
	const header = (all[headerIndex] ?? []).map((cell) => cell.trim());
	const rows = [];
	const rowNumbers = [];
	all.forEach((row, index) => {
		if (index <= headerIndex || row.every((cell) => cell.trim() === "")) return;
		rows.push(row);
		rowNumbers.push(index + 1);
	});
	return {
		table: {
			name,
			header,
			rows,
			rowNumbers
		},
		warnings
	};
}
/** Rows → CSV text (used to keep an xlsx sheet as a CSV file). */
var tableText = (rows) => import_papaparse_min.default.unparse(rows, { newline: "\r\n" });
// src/io/spreadsheet/partialDateOf.ts
function partialDateOf(text) {
	const trimmed = text.trim();
	const iso = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(trimmed)?.[0];
	return iso !== void 0 && isPartialDate(iso) ? iso : void 0;
}
// src/io/spreadsheet/tablesToDraft.ts
var cell = (table, row, column) => {
	if (column === void 0) return "";
	const index = table.header.indexOf(column);
	return index < 0 ? "" : (row[index] ?? "").trim();
};
/** Numbers stay numbers (so weights and scores keep their type); empty cells are left out. */
function rest(table, row, used, multi) {
	const found = /* @__PURE__ */ new Map();
	table.header.forEach((column, index) => {
		const value = (row[index] ?? "").trim();
		if (used.has(column) || value === "" || column === "") return;
		const typed = typedValue(value, /^-?\d+(\.\d+)?$/.test(value) ? "double" : "string");
		found.set(column.toLowerCase(), multi && typeof typed === "string" && typed.includes("|") ? joinList(splitList(typed)) : typed);
	});
	return found;
}
function tablesToDraft(edgeTable, edges, nodeTable, nodes) {
	const warnings = [];
	const multi = nodes?.tags !== void 0 || edges.label !== void 0;
	const nodeDrafts = [];
	if (nodeTable && nodes) nodeTable.rows.forEach((row, index) => {
		const where = `${nodeTable.name} row ${nodeTable.rowNumbers[index] ?? index + 2}`;
		const id = cell(nodeTable, row, nodes.id);
		if (id === "") {
			warnings.push({
				path: where,
				message: `the row has no ${nodes.id} and was skipped`,
				severity: "warning"
			});
			return;
		}
		const attributes = rest(nodeTable, row, /* @__PURE__ */ new Set([
			nodes.id,
			nodes.label,
			nodes.kind,
			nodes.description,
			nodes.tags
		]), multi);
		const kind = cell(nodeTable, row, nodes.kind);
		if (kind !== "") attributes.set("kind", kind);
		const description = cell(nodeTable, row, nodes.description);
		if (description !== "") attributes.set("summary", description);
		const tags = splitList(cell(nodeTable, row, nodes.tags));
		if (tags.length > 0) attributes.set("tags", joinList(tags));
		const label = cell(nodeTable, row, nodes.label);
		nodeDrafts.push({
			id,
			...label !== "" && { label },
			attributes,
			line: where
		});
	});
	const known = new Set(nodeDrafts.map((node) => node.id));
	const derive = !nodeTable;
	const sources = /* @__PURE__ */ new Map();
	const edgeDrafts = [];
	edgeTable.rows.forEach((row, index) => {
		const where = `${edgeTable.name} row ${edgeTable.rowNumbers[index] ?? index + 2}`;
		const source = cell(edgeTable, row, edges.source);
		const target = cell(edgeTable, row, edges.target);
		if (source === "" || target === "") {
			warnings.push({
				path: where,
				message: `the row has no ${source === "" ? edges.source : edges.target} and was skipped`,
				severity: "warning"
			});
			return;
		}
		for (const end of [source, target]) if (derive && !known.has(end)) {
			known.add(end);
			nodeDrafts.push({
				id: end,
				label: end,
				attributes: /* @__PURE__ */ new Map(),
				line: where
			});
		}
		const attributes = rest(edgeTable, row, /* @__PURE__ */ new Set([
			edges.source,
			edges.target,
			edges.kind,
			edges.direction,
			edges.weight,
			edges.id,
			edges.url,
			edges.date
		]), multi);
		const kind = cell(edgeTable, row, edges.kind);
		if (kind !== "") attributes.set("kind", kind);
		const weightText = cell(edgeTable, row, edges.weight);
		const weight = weightText === "" ? void 0 : Number(weightText.replace(",", "."));
		const date = cell(edgeTable, row, edges.date);
		const url = cell(edgeTable, row, edges.url);
		let claims;
		if (/^https?:\/\/\S+$/i.test(url)) {
			let cited = sources.get(url);
			if (!cited) {
				cited = {
					id: `src-sheet-${sources.size + 1}`,
					title: url.replace(/^https?:\/\//i, "").slice(0, 300),
					url
				};
				sources.set(url, cited);
			}
			const time = partialDateOf(date);
			claims = [{
				id: `cl-row-${index + 1}`,
				text: `${kind || "Relation"}: ${source} – ${target}, as given in ${edgeTable.name}`.slice(0, 4e3),
				status: "reported",
				...time !== void 0 && { time: { from: time } },
				quantities: [],
				sources: [{ source: cited.id }]
			}];
		} else if (date !== "") attributes.set((edges.date ?? "date").toLowerCase(), date);
		const id = cell(edgeTable, row, edges.id);
		const direction = cell(edgeTable, row, edges.direction).toLowerCase();
		edgeDrafts.push({
			...id !== "" && { id },
			source,
			target,
			directed: direction !== "undirected",
			...weight !== void 0 && Number.isFinite(weight) && { weight },
			attributes,
			...claims && { claims },
			line: where
		});
	});
	return graphDraftRead({
		sources: [...sources.values()],
		nodes: nodeDrafts,
		edges: edgeDrafts,
		warnings
	});
}
// src/io/spreadsheet/fromSpreadsheets.ts
var isOwnRelations = (table) => table.header.includes("relation_id");
var isOwnActors = (table) => [
	"id",
	"name",
	"kind"
].every((column) => table.header.includes(column)) && !isOwnRelations(table);
var request = (tables, message, guess) => ({
	ok: false,
	issues: [error(tables.map((table) => table.name).join(", "), message)],
	needsMapping: {
		tables: tables.map((table) => ({
			name: table.name,
			header: table.header,
			preview: table.rows.slice(0, 5)
		})),
		...guess && { guess }
	}
});
/** The header set a mapping is remembered by. */
var headerKey = (tables) => tables.map((table) => table.header.join("␟")).join("␞");
function fromSpreadsheets(files, mapping, title) {
	if (files.length === 0 || files.length > 2) return {
		ok: false,
		issues: [error(files.map((file) => file.name).join(", ") || "(no file)", "choose one spreadsheet (an edge list), or two: nodes and edges")]
	};
	const parsed = files.map((file) => parseTable(file.name, file.text));
	const tables = parsed.map((item) => item.table);
	const warnings = parsed.flatMap((item) => item.warnings);
	const [first, second] = tables;
	if (!first) return {
		ok: false,
		issues: [error("(no file)", "no file was chosen")]
	};
	if (tables.some((table) => table.header.length === 0)) return {
		ok: false,
		issues: tables.filter((table) => table.header.length === 0).map((table) => error(table.name, "the sheet is empty"))
	};
	const ownRelations = tables.find(isOwnRelations);
	const ownActors = tables.find(isOwnActors);
	if (!mapping && ownRelations && ownActors && second) {
		const actorsFile = files[tables.indexOf(ownActors)];
		const relationsFile = files[tables.indexOf(ownRelations)];
		return fromCsv(actorsFile?.text ?? "", relationsFile?.text ?? "", { title: title ?? ownActors.name.replace(/[-_]?actors?\.csv$/i, "").replace(/\.csv$/i, "") });
	}
	const edgeTable = mapping ? tables.find((table) => table.header.includes(mapping.edges.source) && table.header.includes(mapping.edges.target)) ?? first : tables.find((table) => guessEdgeColumns(table.header));
	if (!edgeTable) return request(tables, "which columns hold each relation's two ends? Choose them in the column mapping");
	const nodeTable = tables.find((table) => table !== edgeTable);
	const edges = mapping?.edges ?? guessEdgeColumns(edgeTable.header)?.columns;
	const nodes = nodeTable ? mapping?.nodes ?? guessNodeColumns(nodeTable.header) : void 0;
	if (!edges) return request(tables, "which columns hold each relation's two ends? Choose them in the column mapping");
	if (nodeTable && !nodes) return request(tables, `which column of ${nodeTable.name} names each actor? Choose it in the column mapping`, { edges });
	const read = tablesToDraft(edgeTable, edges, nodeTable, nodes);
	const format = mapping?.shape ?? guessEdgeColumns(edgeTable.header)?.shape ?? "edge list";
	const name = title ?? first.name.replace(/\.(csv|tsv|txt|xlsx)$/i, "");
	return restoreGraph({
		...read.graph,
		warnings: [...warnings, ...read.graph.warnings]
	}, {
		fallbackTitle: name,
		origin: {
			file: files.map((file) => file.name).join(" + "),
			format: `spreadsheet (${format})`
		}
	});
}
// src/io/importFile.ts
/** "(root)" becomes the file name; a line or JSON path gets the file name in front. */
var located = (name, issues) => issues.map((issue) => ({
	...issue,
	path: issue.path === "(root)" ? name : issue.path.startsWith(name) ? issue.path : `${name} ${issue.path}`
}));
function withFileName(name, result) {
	return result.ok ? {
		...result,
		warnings: located(name, result.warnings)
	} : {
		...result,
		issues: located(name, result.issues)
	};
}
/**
* Never throws: a reader that does (a bug) gives an "unexpected error" naming the file rather
* than a blank page.
*/
function importFile(name, text) {
	try {
		return readFile(name, text);
	} catch (cause) {
		return unexpectedError(name, cause);
	}
}
/** The last resort of the import entry points (a bug in a reader), said without a stack trace. */
function unexpectedError(name, cause) {
	const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
	return {
		ok: false,
		issues: [error(name, `unexpected error while reading this file (${reason.slice(0, 200)}); please report it with the file`)]
	};
}
function readFile(name, text) {
	if (text.trim() === "") return {
		ok: false,
		issues: [error(name, "the file is empty")]
	};
	const detected = detectFormat(name, text);
	const graph = readGraphFile(name, text, detected);
	if (graph) return withFileName(name, graph);
	switch (detected.format) {
		case "json": return withFileName(name, readDataset(text));
		case "csv":
		case "xlsx": return fromSpreadsheets([{
			name,
			text
		}]);
		default: return {
			ok: false,
			issues: [error(name, "unknown file type: Tangle reads .json datasets, GEXF, GraphML, GML, FollowTheMoney (.ftm), JSON Graph/Cytoscape JSON and CSV/TSV/xlsx spreadsheets")]
		};
	}
}
// src/io/tables/fromCsvTables.ts
/** The table a file is, by its name ("actors.csv", "book.zip › actors.csv", "dir/actors.csv"). */
function tableNameOf(fileName) {
	const base = fileName.split(/ › |\//).pop()?.toLowerCase();
	return Object.keys(TABLE_FILES).find((name) => TABLE_FILES[name] === base);
}
/** True when the files are Tangle's tables (at least the dataset, actors and relations tables). */
var areCsvTables = (files) => {
	const names = new Set(files.map((file) => tableNameOf(file.name)));
	return files.length >= 3 && !names.has(void 0) && names.has("dataset") && names.has("actors") && names.has("relations");
};
function readRows(file, columns, extra, issues) {
	const headers = columns.map(([header]) => header);
	const table = readTable(file.text, file.name, [...headers, ...extra], headers.slice(0, 1));
	if (!table.ok) {
		issues.push(...table.issues);
		return [];
	}
	issues.push(...table.warnings);
	return table.rows.map((row) => itemOf(row, columns, issues));
}
function itemOf(row, columns, issues) {
	const item = {};
	for (const [header, field, kind] of columns) {
		const text = row.get(header);
		if (text === "") continue;
		if (kind === "text") {
			item[field] = text;
			continue;
		}
		const json = parseJson(text);
		if (json.ok) item[field] = json.value;
		else issues.push(error(`${row.where}, column ${header}`, json.issues[0]?.message ?? "is not valid JSON"));
	}
	return item;
}
/** Groups rows under their owner's id (claims under relations, steps under stories), keeping order. */
function groupBy(rows, key) {
	const groups = /* @__PURE__ */ new Map();
	for (const { [key]: owner, ...rest } of rows) groups.set(owner, [...groups.get(owner) ?? [], rest]);
	return groups;
}
function fromCsvTables(files) {
	const issues = [];
	const byName = new Map(files.map((file) => [tableNameOf(file.name), file]));
	const rows = (name, columns, extra = []) => {
		const file = byName.get(name);
		return file ? readRows(file, columns, extra, issues) : [];
	};
	const [envelope = {}] = rows("dataset", DATASET_COLUMNS);
	const kinds = rows("kinds", KIND_COLUMNS);
	const claims = groupBy(rows("claims", CLAIM_COLUMNS), "relationId");
	const stories = [...groupBy(rows("stories", STORY_COLUMNS), "storyId")].map(([id, group]) => {
		const { storyTitle, audience } = group[0] ?? {};
		return {
			id,
			title: storyTitle,
			...audience !== void 0 && { audience },
			steps: group.map(({ storyTitle: _title, audience: _audience, ...step }) => step)
		};
	});
	const kindsOf = (collection) => kinds.filter((kind) => kind.collection === collection).map(({ collection: _collection, ...kind }) => kind);
	const json = {
		...envelope,
		sources: rows("sources", SOURCE_COLUMNS),
		actorKinds: kindsOf("actor"),
		relationKinds: kindsOf("relation"),
		actors: rows("actors", ACTOR_COLUMNS$1),
		relations: rows("relations", RELATION_COLUMNS$1, RELATION_DERIVED_COLUMNS).map((relation) => ({
			...relation,
			claims: claims.get(relation.id) ?? []
		})),
		stories
	};
	if (issues.some((issue) => issue.severity === "error")) return {
		ok: false,
		issues
	};
	const result = parseDataset(json);
	if (result.ok) return {
		ok: true,
		dataset: result.dataset,
		warnings: [...issues, ...result.issues]
	};
	const partial = salvage(json, result.issues);
	return partial ? {
		ok: false,
		issues: [...issues, ...result.issues],
		partial
	} : {
		ok: false,
		issues: [...issues, ...result.issues]
	};
}
// src/io/importFiles.ts
var isSheet = (file) => {
	const format = detectFormat(file.name, file.text).format;
	return format === "csv" || format === "xlsx" || file.name.includes(" › ");
};
/** The key a spreadsheet's column mapping is remembered by: its headers ("" for other files). */
function headerKeyOf(files) {
	if (files.length === 0 || !files.every(isSheet)) return "";
	return headerKey(files.map((file) => parseTable(file.name, file.text.slice(0, 2e4)).table));
}
/** Never throws (see importFile). `mapping` is the column mapping a person chose for spreadsheets that were not recognised. */
function importFiles(files, mapping) {
	try {
		return readFiles(files, mapping);
	} catch (cause) {
		return unexpectedError(files.map((file) => file.name).join(", ") || "(no file)", cause);
	}
}
function readFiles(files, mapping) {
	const [first] = files;
	if (!first) return {
		ok: false,
		issues: [error("(no file)", "no file was chosen")]
	};
	if (areCsvTables(files)) return fromCsvTables(files);
	if (files.every(isSheet) && files.length <= 2) return fromSpreadsheets(files, mapping, first.name.includes(" › ") ? first.name.slice(0, first.name.indexOf(" › ")).replace(/\.xlsx$/i, "") : void 0);
	if (files.length === 1) return importFile(first.name, first.text);
	return {
		ok: false,
		issues: [error(files.map((file) => file.name).join(", "), "choose one dataset or graph file, or spreadsheets (one edge list, or nodes and edges) together")]
	};
}
// src/io/tables/fromCsvZip.ts
/** Far more than any real table set; a zip bomb stops here instead of filling the memory. */
var MAX_UNZIPPED_BYTES = 209715200;
function unzipCsvTables(name, bytes) {
	try {
		let total = 0;
		const entries = unzipSync(bytes, { filter: (entry) => {
			total += entry.originalSize;
			return tableNameOf(entry.name) !== void 0 && total <= MAX_UNZIPPED_BYTES;
		} });
		if (total > MAX_UNZIPPED_BYTES) return {
			ok: false,
			issues: [error(name, "unzips to more than 200 MB; the limit is 200 MB")]
		};
		const files = Object.entries(entries).map(([entry, data]) => ({
			name: `${name} › ${entry}`,
			text: strFromU8(data)
		}));
		if (files.length === 0) return {
			ok: false,
			issues: [error(name, "holds none of Tangle's tables (dataset.csv, actors.csv, relations.csv…)")]
		};
		return {
			ok: true,
			files
		};
	} catch (cause) {
		return {
			ok: false,
			issues: [error(name, `not a readable .zip file (${cause instanceof Error ? cause.message : String(cause)})`)]
		};
	}
}
// src/io/importBytes.ts
var note = (name, message) => ({
	path: name,
	message,
	severity: "warning"
});
/** Decodes every file; warns about each one not read as plain UTF-8. */
function decodeFiles(raw) {
	const notes = [];
	return {
		files: raw.map(({ name, bytes }) => {
			const decoded = decodeText(bytes);
			if (decoded.note) notes.push(note(name, `${decoded.note}; check accented letters`));
			else if (decoded.encoding !== "utf-8") notes.push(note(name, `read as ${encodingName(decoded.encoding)}`));
			return {
				name,
				text: decoded.text
			};
		}),
		notes
	};
}
/**
* A dataset whose id is taken by a shipped one is given a fresh id, the same for the same file
* every time (so that a reload finds it again), and the import says so.
*/
function apartFromShipped(result, reservedIds = []) {
	const dataset = result.ok ? result.dataset : result.partial?.dataset;
	if (!dataset || !reservedIds.includes(dataset.id)) return result;
	const taken = new Set(reservedIds);
	const original = dataset.id;
	const id = uniqueId(`${original}-imported`, (candidate) => taken.has(candidate));
	const warning = note("(root)", `this file's id "${original}" is that of a dataset that comes with Tangle; it was opened as "${id}", and the one that comes with Tangle is unchanged`);
	if (result.ok) return {
		...result,
		dataset: {
			...dataset,
			id
		},
		warnings: [warning, ...result.warnings]
	};
	return result.partial ? {
		...result,
		partial: {
			...result.partial,
			dataset: {
				...dataset,
				id
			}
		},
		issues: [...result.issues, warning]
	} : result;
}
var rememberedFor = (files, options) => {
	if (options.mapping) return options.mapping;
	if (!options.rememberedMappings) return void 0;
	const key = headerKeyOf(files);
	return key === "" ? void 0 : options.rememberedMappings[key];
};
/** Never throws. Texts already decoded (stored imports) skip the decoding. */
function importDecoded(files, notes, options = {}) {
	const result = apartFromShipped(importFiles(files, rememberedFor(files, options)), options.reservedIds);
	if (notes.length === 0) return result;
	return result.ok ? {
		...result,
		warnings: [...notes, ...result.warnings]
	} : {
		...result,
		issues: [...result.issues, ...notes]
	};
}
/** Never throws. Workbooks must have been read to their sheets first (`importWithWorkbooks`). */
function importBytes(raw, options = {}) {
	const name = raw.map((file) => file.name).join(", ");
	try {
		const zipped = raw.filter((file) => /\.zip$/i.test(file.name)).map((file) => unzipCsvTables(file.name, file.bytes));
		const refused = zipped.flatMap((zip) => zip.ok ? [] : zip.issues);
		if (refused.length > 0) return {
			...failedImport(name, ""),
			result: {
				ok: false,
				issues: refused
			}
		};
		const decodedFiles = decodeFiles(raw.filter((file) => !/\.zip$/i.test(file.name)));
		const files = [...zipped.flatMap((zip) => zip.ok ? zip.files : []), ...decodedFiles.files];
		const decoded = decodedFiles.notes;
		const notes = [...options.decodingNotes ?? [], ...decoded];
		return {
			result: importDecoded(files, notes, options),
			files,
			headerKey: headerKeyOf(files),
			decodingNotes: notes
		};
	} catch (cause) {
		return failedImport(name, `unexpected error while reading this file (${String(cause).slice(0, 200)})`);
	}
}
var failedImport = (name, message) => ({
	result: {
		ok: false,
		issues: [error(name, message)]
	},
	files: [],
	headerKey: "",
	decodingNotes: []
});
var isWorkbook = (file) => /\.xlsx$/i.test(file.name);
/**
* Never rejects. An .xlsx workbook becomes its sheets as CSV texts ("book.xlsx › Sheet"), then
* everything is read like CSV files; read-excel-file is loaded only then, and needs no DOM, so
* this runs in the import worker.
*/
async function importWithWorkbooks(raw, options = {}) {
	if (!raw.some(isWorkbook)) return importBytes(raw, options);
	try {
		const { readWorkbook } = await __vitePreload(async () => {
			const { readWorkbook } = await import("./readWorkbook-npjWiaDv.js");
			return { readWorkbook };
		}, __vite__mapDeps([0,1]), import.meta.url);
		const encoder = new TextEncoder();
		const files = [];
		for (const file of raw) {
			if (!isWorkbook(file)) {
				files.push(file);
				continue;
			}
			const book = await readWorkbook(file.name, file.bytes.slice().buffer);
			if (!book.ok) return {
				...failedImport(file.name, ""),
				result: {
					ok: false,
					issues: book.issues
				}
			};
			files.push(...book.sheets.map((sheet) => ({
				name: sheet.name,
				bytes: encoder.encode(sheet.text)
			})));
		}
		return importBytes(files, options);
	} catch (cause) {
		return failedImport(raw.map((file) => file.name).join(", "), `unexpected error while reading this workbook (${String(cause).slice(0, 200)})`);
	}
}
export { importWithWorkbooks, guessEdgeColumns as n, tableText as t };
