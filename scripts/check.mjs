#!/usr/bin/env node
// `npm run check`: lint (prettier, then ESLint) and the type-check side by side — each is one
// process on one core — then the unit suite, which uses both cores. ESLint and tsc keep caches
// under node_modules/.cache, so a second run only re-reads what changed. Prints each step's time
// and the total, so "under 60 s" is something anyone can see (docs/design.md, "How to check").
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command with its output prefixed; resolves to its exit code. */
function run(name, command, args) {
  const begun = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32" });
    const forward = (stream, target) =>
      stream.on("data", (chunk) => {
        for (const line of String(chunk).split("\n")) if (line.trim()) target.write(`[${name}] ${line}\n`);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on("close", (code) => {
      console.log(`[${name}] ${code === 0 ? "ok" : `failed (exit ${code})`} in ${seconds(begun)}`);
      resolve(code ?? 1);
    });
  });
}

const staticChecks = await Promise.all([
  run("format", "npx", ["prettier", "--check", "--log-level", "warn", "--cache", "."]),
  run("lint", "npx", ["eslint", "--cache", "--cache-location", "node_modules/.cache/eslint/", "."]),
  run("types", "npx", [
    "tsc",
    "--noEmit",
    "-p",
    "tsconfig.json",
    "--incremental",
    "--tsBuildInfoFile",
    "node_modules/.cache/tsc/tsbuildinfo",
  ]),
]);
const unit = await run("unit", "npx", ["vitest", "run"]);
const failed = [...staticChecks, unit].some((code) => code !== 0);
console.log(`check ${failed ? "FAILED" : "passed"} in ${seconds(started)}`);
process.exit(failed ? 1 : 0);
