// FollowTheMoney text → dataset: an Aleph diagram (one JSON object with `entities`) or an entity
// stream (JSON lines, `.ftm`/`.ijson`).
import { error, warning, type Issue } from "../../model";
import { restoreGraph, type RestoreOptions } from "../exchange/restoreGraph";
import type { ReadResult } from "../readDataset";
import { asEntity, readFtm, type FtmEntity } from "./readFtm";

function parseLines(text: string): { entities: FtmEntity[]; issues: Issue[] } {
  const entities: FtmEntity[] = [];
  const issues: Issue[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      issues.push(warning(`line ${index + 1}`, "not a JSON object; the line was skipped", "ftm.lineNotJson"));
      return;
    }
    const entity = asEntity(value, `line ${index + 1}`);
    if (entity) entities.push(entity);
    else
      issues.push(
        warning(
          `line ${index + 1}`,
          "not a FollowTheMoney entity (it needs an id and a schema); the line was skipped",
          "ftm.lineNotEntity",
        ),
      );
  });
  return { entities, issues };
}

/** Is this text FollowTheMoney (a diagram, or lines of entities)? */
export function looksLikeFtm(text: string): boolean {
  const head = text.trimStart().slice(0, 2000);
  return (
    /^\{\s*"entities"\s*:/.test(head) ||
    /^\{[^\n]*"schema"\s*:\s*"[A-Z]\w*"[^\n]*"id"|^\{[^\n]*"id"\s*:[^\n]*"schema"\s*:\s*"[A-Z]/.test(head)
  );
}

export function fromFtm(text: string, options: RestoreOptions = {}): ReadResult {
  const trimmed = text.trimStart();
  let diagram: unknown;
  if (/^\{\s*"entities"\s*:/.test(trimmed)) {
    try {
      diagram = JSON.parse(trimmed);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return { ok: false, issues: [error("(root)", `not valid JSON: ${reason}`, "json.notValidBecause", { reason })] };
    }
  }
  const diagramEntities = (diagram as { entities?: unknown } | undefined)?.entities;
  const parsed = Array.isArray(diagramEntities)
    ? { entities: diagramEntities.flatMap((value, index) => asEntity(value, `entities[${index}]`) ?? []), issues: [] }
    : parseLines(text);
  const read = readFtm(parsed.entities, (diagram as { layout?: unknown } | undefined)?.layout);
  if (!read.ok) return { ok: false, issues: [...parsed.issues, ...read.issues] };
  return restoreGraph({ ...read.graph, warnings: [...parsed.issues, ...read.graph.warnings] }, options);
}
