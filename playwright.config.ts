// Browser tests: the built app (e2e mode: with the read-only test hook) in the system Chromium.
// scripts/run-e2e.mjs finds the browser and builds the app before this runs.
import { defineConfig } from "@playwright/test";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Overridable so that two runs on one machine do not share a build or a port.
const port = Number(process.env.TANGLE_E2E_PORT ?? 4321);
const outDir = process.env.TANGLE_E2E_DIR ?? "dist-e2e";
const reportFile = process.env.TANGLE_E2E_REPORT;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reportFile ? [["list"], ["json", { outputFile: reportFile }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    // Existing tests read English names; tests/e2e/i18n.spec.ts sets other locales itself.
    locale: "en-US",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
