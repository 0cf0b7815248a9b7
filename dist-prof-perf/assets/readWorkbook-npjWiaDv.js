const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./universal-BfIYYTk7.js","./tableColumns-CeVVkeAF.js","./model-CG2iP_D6.js","./rolldown-runtime-SbdDWaPq.js","./index-w2_2BSXc.js","./statusText-RIAAKwP0.js","./stepView-BiHKj0pH.js","./preload-helper-CALLvQDj.js","./dates-BzC46V5j.js","./index-dRxa-qNX.css"])))=>i.map(i=>d[i]);
import { n as guessEdgeColumns, t as tableText } from "./importBytes-CMAD4xM7.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/io/spreadsheet/readWorkbook.ts
function cellText(value) {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}
/** Never throws: a file that is not a workbook comes back as an issue. */
async function readWorkbook(name, bytes) {
	try {
		const { default: readXlsxFile } = await __vitePreload(async () => {
			const { default: readXlsxFile } = await import("./universal-BfIYYTk7.js");
			return { default: readXlsxFile };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9]), import.meta.url);
		const filled = (await readXlsxFile(bytes)).map((sheet) => ({
			name: `${name} › ${sheet.sheet}`,
			rows: sheet.data.map((row) => row.map(cellText))
		})).filter((sheet) => sheet.rows.some((row) => row.some((cell) => cell.trim() !== "")));
		if (filled.length === 0) return {
			ok: false,
			issues: [{
				path: name,
				message: "the workbook has no sheet with data",
				severity: "error"
			}]
		};
		const edges = filled.find((sheet) => guessEdgeColumns((sheet.rows[0] ?? []).map((cell) => cell.trim())));
		return {
			ok: true,
			sheets: (edges ? [filled.find((sheet) => sheet !== edges), edges].filter((sheet) => sheet !== void 0) : filled.slice(0, 2)).map((sheet) => ({
				name: sheet.name,
				text: tableText(sheet.rows)
			}))
		};
	} catch (cause) {
		return {
			ok: false,
			issues: [{
				path: name,
				message: `not a readable .xlsx workbook (${cause instanceof Error ? cause.message : String(cause)})`,
				severity: "error"
			}]
		};
	}
}
export { readWorkbook };
