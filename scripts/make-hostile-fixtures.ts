// Writes the small hostile fixtures of tests/fixtures/hostile/ (run: npx tsx scripts/make-hostile-fixtures.ts).
// Each is listed, with what it attacks and what must happen, in tests/fixtures/hostile/README.md.
// Big cases (20k actors, a million brackets) are generated inside the tests, never committed.
// Each group writes its files when imported, in this order.
import "./hostile/jsonFixtures";
import "./hostile/xmlFixtures";
import "./hostile/otherFixtures";
