// Gzipped size of the JavaScript a first visit loads: the entry script and its modulepreloads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function initialJavaScriptGzip(distDir: string): number {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? "");
  return files.reduce((total, file) => total + gzipSync(readFileSync(join(distDir, file))).length, 0);
}
