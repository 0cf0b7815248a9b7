// Vite build plugin: builds the presenter-only app (src/ui/standalone/main.tsx) a second time into
// one classic script and one stylesheet, with no dynamic chunks, and emits them as
// standalone/presenter.js and standalone/presenter.css beside the app. The app fetches both to
// write a story page (src/ui/share/storyPageFile.ts); they are in the offline cache's list since
// they are part of the bundle when it is written.
import react from "@vitejs/plugin-react";
import { build, type Plugin, type Rollup } from "vite";

const ENTRY = "src/ui/standalone/main.tsx";

type Output = Rollup.RollupOutput | Rollup.RollupOutput[] | Rollup.RollupWatcher;

function filesOf(output: Output): Map<string, string> {
  const outputs = Array.isArray(output) ? output : "output" in output ? [output] : [];
  const files = new Map<string, string>();
  for (const item of outputs.flatMap((one) => one.output)) {
    files.set(
      item.fileName,
      item.type === "chunk"
        ? item.code
        : typeof item.source === "string"
          ? item.source
          : new TextDecoder().decode(item.source),
    );
  }
  return files;
}

export function standalonePresenter(): Plugin {
  let root = process.cwd();
  return {
    name: "tangle-standalone-presenter",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const output = await build({
        configFile: false,
        root,
        base: "./",
        mode: "production",
        logLevel: "warn",
        plugins: [react()],
        build: {
          write: false,
          target: "es2022",
          sourcemap: false,
          cssCodeSplit: false,
          // Everything inline: the page may load nothing.
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          modulePreload: false,
          copyPublicDir: false,
          rollupOptions: {
            input: `${root}/${ENTRY}`,
            // A classic script has no import.meta: the layout worker's URL is then not resolvable,
            // the worker is refused (the page's CSP allows none) and large graphs keep their seeded
            // positions (src/workers/layoutClient.ts). Story graphs are small: fcose lays them out.
            onwarn(warning, warn) {
              if (warning.code !== "EMPTY_IMPORT_META") warn(warning);
            },
            output: {
              format: "iife",
              codeSplitting: false,
              entryFileNames: "presenter.js",
              assetFileNames: "presenter[extname]",
            },
          },
        },
      });
      const files = filesOf(output);
      const script = files.get("presenter.js");
      const style = [...files].find(([name]) => name.endsWith(".css"))?.[1];
      const extra = [...files.keys()].filter(
        (name) => name !== "presenter.js" && !name.endsWith(".css") && !/\.worker-[\w-]+\.js$/.test(name),
      );
      if (script === undefined || style === undefined)
        this.error(`The standalone presenter build wrote ${[...files.keys()].join(", ")}: no script or no stylesheet.`);
      if (extra.length > 0)
        this.warn(`The standalone presenter also wrote ${extra.join(", ")}, which a story page cannot load.`);
      this.emitFile({ type: "asset", fileName: "standalone/presenter.js", source: script });
      this.emitFile({ type: "asset", fileName: "standalone/presenter.css", source: style });
    },
  };
}
