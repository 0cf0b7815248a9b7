// Runs the browser tests when a system Chromium is found (CHROMIUM_PATH or /usr/bin/chromium).
// Without one: one line saying how to enable them, exit 0 — unless CI=true, where it fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const inCi = process.env.CI === "true" || process.env.CI === "1";

if (!existsSync(chromium)) {
  const line = `Browser tests skipped: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH to enable them.`;
  if (inCi) {
    console.error(`${line} CI=true: a missing browser is a failure.`);
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}

const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } }).status ?? 1;

// The e2e build carries the read-only test hook that production builds leave out.
const outDir = process.env.TANGLE_E2E_DIR ?? "dist-e2e";
if (run("npx", ["vite", "build", "--mode", "e2e", "--outDir", outDir, "--logLevel", "warn"]) !== 0) process.exit(1);
process.exit(run("npx", ["playwright", "test", ...process.argv.slice(2)]));
