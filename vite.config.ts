import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { offlineCache } from "./scripts/offline-cache.ts";
import { precompiledMessages } from "./scripts/precompiled-messages.ts";
import { standalonePresenter } from "./scripts/standalone-presenter.ts";

// A strict Content-Security-Policy for built pages: no network but our own files. Not in dev,
// where the React refresh preamble is an inline script.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

const contentSecurityPolicy = (): Plugin => ({
  name: "tangle-csp",
  apply: "build",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" },
  ],
});

export default defineConfig({
  // Relative base: the built app works when served from any sub-path.
  base: "./",
  // standalonePresenter before offlineCache: its files must be in the bundle when sw.js lists it.
  plugins: [precompiledMessages(), react(), contentSecurityPolicy(), standalonePresenter(), offlineCache()],
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 900 },
  worker: { format: "es" },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/ui/**/*.test.tsx"],
    environment: "node",
    pool: "threads",
    // One module graph per worker instead of one per test file: the suite's ~100 files import the
    // same model, io and React code, and re-importing it per file was 4/5 of the run (68 s → 13 s
    // on this 2-core machine). Tests therefore keep no state in modules (stores are opened per test).
    isolate: false,
    // A 2-core CI machine running the browser build beside the tests: 5 s is too tight for the
    // few tests that build a 1,000-actor index or render a whole story editor.
    testTimeout: 15_000,
    // .ci/run asks for a JSON report to print the overall totals line.
    reporters: process.env.TANGLE_UNIT_REPORT ? ["default", "json"] : ["default"],
    outputFile: process.env.TANGLE_UNIT_REPORT ? { json: process.env.TANGLE_UNIT_REPORT } : undefined,
  },
});
