import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative base: the built app works when served from any sub-path.
  base: "./",
  plugins: [react()],
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 900 },
  worker: { format: "es" },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/ui/**/*.test.tsx"],
    environment: "node",
    pool: "threads",
  },
});
