// `npm run validate [files…]`: validates data/*.json (or the given files) and prints each issue
// as `file: path: message`. Exits 1 when any file has an error.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseCatalog, parseJson, readDataset } from "../src/io";
import type { Issue } from "../src/model";

function issuesOf(file: string): Issue[] {
  const text = readFileSync(file, "utf8");
  if (basename(file) === "index.json") {
    const json = parseJson(text);
    if (!json.ok) return json.issues;
    const catalog = parseCatalog(json.value);
    return catalog.ok ? [] : catalog.issues;
  }
  const result = readDataset(text);
  return result.ok ? result.warnings : result.issues;
}

const files = process.argv.slice(2);
const targets =
  files.length > 0
    ? files
    : readdirSync("data")
        .filter((name) => name.endsWith(".json"))
        .map((name) => join("data", name));
let errors = 0;
for (const file of targets) {
  const issues = issuesOf(file);
  for (const issue of issues) {
    if (issue.severity === "error") errors++;
    console.log(`${file}: ${issue.path}: ${issue.severity === "warning" ? "warning: " : ""}${issue.message}`);
  }
  if (issues.length === 0) console.log(`${file}: ok`);
}
if (errors > 0) {
  console.log(`${errors} error${errors === 1 ? "" : "s"}`);
  process.exit(1);
}
