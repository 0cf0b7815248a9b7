// Every file in tests/fixtures/hostile either fails with located issues or, when it is valid but
// malicious (markup in texts), loads with its texts unchanged: nothing throws.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { importFile } from "../../src/io";

const folder = "tests/fixtures/hostile";
const files = readdirSync(folder);

it("has fixtures to check", () => {
  expect(files.length).toBeGreaterThanOrEqual(7);
});

for (const name of files) {
  it(`${name}: a clear, located result, never an exception`, () => {
    const result = importFile(name, readFileSync(join(folder, name), "utf8"));
    if (name === "markup-in-text.json") {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.dataset.actors[0]?.name).toBe("<script>window.__pwned=2</script>Ada");
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.path.startsWith(name)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(5);
    }
  });
}
