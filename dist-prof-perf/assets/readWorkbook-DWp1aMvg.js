import { i as guessEdgeColumns, r as tableText } from "./import.worker-DfUka6P6.js";
// src/io/spreadsheet/readWorkbook.ts
function cellText(value) {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}
/** Never throws: a file that is not a workbook comes back as an issue. */
async function readWorkbook(name, bytes) {
	try {
		const { default: readXlsxFile } = await import("./universal-ixvRkLeO.js");
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
