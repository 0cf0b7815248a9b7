// Spreadsheets run a cell that starts with = + - @ (or tab, CR) as a formula: a hostile name could
// then execute on the reader's machine (CSV injection). Such cells get a leading "'", which
// spreadsheets hide and Tangle removes again on import.

// Cells already starting with quotes before a risky character get one more, so that undoing is exact.
const RISKY = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardCell = (value: string): string => (RISKY.test(value) ? `'${value}` : value);

export const unguardCell = (value: string): string => (GUARDED.test(value) ? value.slice(1) : value);
