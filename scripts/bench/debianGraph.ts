// A real graph for the bench (DESIGN §5 asks for one of ~5k nodes), built from what this machine
// already has: Debian's package index, which apt keeps after `apt-get update`. Nodes are the
// packages most depended upon, edges their "Depends" among them; written as GraphML, so opening
// it also exercises a foreign-format import. Nothing is downloaded or committed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const LISTS = "/var/lib/apt/lists";
const APT_HELPER = "/usr/lib/apt/apt-helper";

interface Package {
  name: string;
  section: string;
  description: string;
  depends: string[];
}

function packageIndexText(): string | undefined {
  if (!existsSync(LISTS) || !existsSync(APT_HELPER)) return undefined;
  const index = readdirSync(LISTS).find(
    (file) =>
      /_main_binary-amd64_Packages(\.lz4|\.gz|\.xz)?$/.test(file) &&
      !file.includes("security") &&
      !file.includes("updates"),
  );
  if (!index) return undefined;
  const read = spawnSync(APT_HELPER, ["cat-file", join(LISTS, index)], { maxBuffer: 1 << 30, encoding: "utf8" });
  return read.status === 0 ? read.stdout : undefined;
}

function parsePackages(text: string): Package[] {
  return text.split("\n\n").flatMap((stanza) => {
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(stanza)?.[1]?.trim();
    const name = field("Package");
    if (!name) return [];
    // "libc6 (>= 2.34), libfoo | libbar" → the first alternative of each clause, without versions.
    const depends = (field("Depends") ?? "")
      .split(",")
      .flatMap(
        (clause) =>
          clause
            .split("|")[0]
            ?.trim()
            .split(/[\s(:]/)[0] ?? [],
      )
      .filter(Boolean);
    return [
      {
        name,
        section: (field("Section") ?? "misc").split("/").pop() ?? "misc",
        description: field("Description") ?? "",
        depends,
      },
    ];
  });
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** GraphML of the `size` most depended-upon packages; undefined when no package index is here. */
export function debianDependencyGraphml(size: number): { graphml: string; nodes: number; edges: number } | undefined {
  const text = packageIndexText();
  if (!text) return undefined;
  const packages = new Map(parsePackages(text).map((entry) => [entry.name, entry]));
  const dependents = new Map<string, number>();
  for (const entry of packages.values())
    for (const target of new Set(entry.depends)) dependents.set(target, (dependents.get(target) ?? 0) + 1);
  const chosen = [...packages.keys()]
    .sort((a, b) => (dependents.get(b) ?? 0) - (dependents.get(a) ?? 0) || (a < b ? -1 : 1))
    .slice(0, size);
  const idOf = new Map(chosen.map((name, index) => [name, `p${index}`]));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    `<key id="label" for="node" attr.name="label" attr.type="string"/>`,
    `<key id="kind" for="node" attr.name="kind" attr.type="string"/>`,
    `<key id="summary" for="node" attr.name="summary" attr.type="string"/>`,
    `<key id="relation" for="edge" attr.name="kind" attr.type="string"/>`,
    `<graph id="debian" edgedefault="directed">`,
  ];
  for (const name of chosen) {
    const entry = packages.get(name);
    lines.push(
      `<node id="${idOf.get(name)}"><data key="label">${escapeXml(name)}</data><data key="kind">${escapeXml(entry?.section ?? "misc")}</data><data key="summary">${escapeXml(entry?.description ?? "")}</data></node>`,
    );
  }
  let edges = 0;
  for (const name of chosen) {
    for (const target of new Set(packages.get(name)?.depends ?? [])) {
      const to = idOf.get(target);
      if (!to || target === name) continue;
      lines.push(`<edge source="${idOf.get(name)}" target="${to}"><data key="relation">depends</data></edge>`);
      edges++;
    }
  }
  lines.push(`</graph>`, `</graphml>`);
  return { graphml: lines.join("\n"), nodes: chosen.length, edges };
}
