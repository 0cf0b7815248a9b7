// Hostile JSON datasets: deep nesting, truncation, encodings, special ids and names.
import type { Dataset } from "../../src/model";
import { write, base, json, latin1, utf16, renamed, specialIds, relationIdsEqualActorIds, deep } from "./common";

// JSON
write("deep-unclosed-arrays.json", deep(5000));
write("truncated-in-deep-arrays.json", `{"schemaVersion": 2, "id": "x", "actors": ${deep(3000)}1,`);
write("deep-closed-arrays.json", `${deep(2000)}${"]".repeat(2000)}`);
write("deep-objects.json", `${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`);
write("empty.json", "");
write("whitespace-only.json", " \n\t\r\n ");
write("nul-bytes.json", "\u0000\u0000\u0000{}");
write("html-page.json", "<!DOCTYPE html><html><body>Not found</body></html>");
write("array-root.json", "[1, 2, 3]\n");
write(
  "newer-schema.json",
  json({ ...base(), schemaVersion: 99 } as unknown as Dataset).replace('"schemaVersion": 2', '"schemaVersion": 99'),
);
write("infinite-number.json", json(base()).replace('"value": 1000', '"value": 1e400'));
write("trailing-garbage.json", `${json(base())}\u202E}garbage`);
write("bidi-in-syntax-error.json", '{"schemaVersion": 2,\n  "id": "\u202Eevil\u202C", oops}');
write("lone-surrogate.json", json(renamed(base(), { "ada-example": "\ud800Ada" })).replace("\ud800", "\\ud800"));
write(
  "bidi-override-names.json",
  json({
    ...renamed(base(), { "ada-example": "\u202Eexe.txt", "bob-sample": "\u2067Bob\u2069 \u202Bمرحبا" }),
    title: "\u202ETitle reversed",
  }),
);
write("zero-width-names.json", json(renamed(base(), { "ada-example": "\u200B", "bob-sample": "\u2060\uFEFF\u200D" })));
write("special-ids.json", json(specialIds()));
write("relation-ids-equal-actor-ids.json", json(relationIdsEqualActorIds()));
write("shipped-dataset-id.json", json({ ...base(), id: "assad-exile-network" }));
write("utf8-bom.json", `\uFEFF${json(renamed(base(), { "ada-example": "José Müller" }))}`);
write("utf16le-bom.json", utf16(json(renamed(base(), { "ada-example": "José Müller" })), "le", true));
write("utf16be-bom.json", utf16(json(renamed(base(), { "ada-example": "José Müller" })), "be", true));
write("utf16le-no-bom.json", utf16(json(renamed(base(), { "ada-example": "José Müller" })), "le", false));
write("windows-1252.json", latin1(json(renamed(base(), { "ada-example": "José Müller – “quoted” €" }))));
write(
  "duplicate-keys.json",
  json(base()).replace('"title": "Placeholder network"', '"title": "First", "title": "Second"'),
);
write("huge-text-field.json", json(renamed(base(), { "ada-example": "A".repeat(20_000) })));
write("control-characters.json", json(renamed(base(), { "ada-example": "Ada\u0007\u001b[31m red\u0000" })));
write(
  "prototype-keys-in-attributes.json",
  json(base()).replace(
    '"name": "Ada Example"',
    '"name": "Ada Example", "attributes": {"constructor": 1, "toString": "x", "__defineGetter__": true}',
  ),
);
write("unknown-kind.json", json(base()).replace('"kind": "person"', '"kind": "constructor"'));
const copyOfFirst = (id: string, to?: string) => {
  const first = base().relations[0]!;
  return {
    ...first,
    id,
    to: to ?? first.to,
    claims: first.claims.map((claim) => ({ ...claim, id: `${claim.id}-${id}` })),
  };
};
write(
  "self-loop-and-multi.json",
  json({
    ...base(),
    relations: [...base().relations, copyOfFirst("loop", base().relations[0]!.from), copyOfFirst("again")],
  }),
);
