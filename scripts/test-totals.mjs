// Prints "N passed, N failed" over the Vitest and Playwright JSON reports (missing reports count 0).
import { existsSync, readFileSync } from "node:fs";

const [unitFile, e2eFile] = process.argv.slice(2);
const read = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);

let passed = 0;
let failed = 0;
const unit = read(unitFile);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
const e2e = read(e2eFile);
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
console.log(`${passed} passed, ${failed} failed`);
