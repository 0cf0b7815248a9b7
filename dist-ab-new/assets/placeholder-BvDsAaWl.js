var e=`{
  "schemaVersion": 2,
  "id": "placeholder",
  "title": "Placeholder network",
  "summary": "A tiny made-up network used by the tests. Nothing in it is real.",
  "asOf": "2025-12",
  "language": "en",
  "sources": [
    { "id": "src-gazette", "title": "The Example Gazette", "publisher": "Example Press", "published": "2025-12" },
    { "id": "src-relay", "title": "Relay of the Gazette", "published": "2025-12", "relays": "src-gazette" }
  ],
  "actorKinds": [
    { "id": "person", "label": "Person" },
    { "id": "organisation", "label": "Organisation" }
  ],
  "relationKinds": [
    { "id": "funds", "label": "Funds", "directed": true },
    { "id": "allied-with", "label": "Allied with", "directed": false }
  ],
  "actors": [
    { "id": "ada-example", "name": "Ada Example", "kind": "person", "aliases": ["آدا"], "summary": "A made-up financier.", "tags": ["exile"], "sources": [{ "source": "src-gazette", "locator": "paragraph 1" }] },
    { "id": "bob-sample", "name": "Bob Sample", "kind": "person", "summary": "A made-up commander." },
    { "id": "example-fund", "name": "Example Fund", "kind": "organisation" },
    { "id": "sample-militia", "name": "Sample Militia", "kind": "organisation" }
  ],
  "relations": [
    { "id": "rel-ada-fund", "from": "ada-example", "to": "example-fund", "kind": "funds",
      "claims": [ { "id": "cl-ada-fund", "text": "Ada pays into the fund.", "status": "reported",
        "quantities": [{ "value": 1000, "unit": "USD", "qualifier": "at least" }],
        "time": { "from": "2025-03", "to": "2025-12" },
        "sources": [{ "source": "src-gazette", "locator": "paragraph 2" }, { "source": "src-relay" }] } ] },
    { "id": "rel-fund-militia", "from": "example-fund", "to": "sample-militia", "kind": "funds",
      "claims": [ { "id": "cl-fund-militia", "text": "The fund pays the militia, says Bob.", "status": "claimed", "claimedBy": "bob-sample",
        "sources": [{ "source": "src-gazette", "locator": "paragraph 3" }] } ] },
    { "id": "rel-bob-ada", "from": "bob-sample", "to": "ada-example", "kind": "allied-with",
      "claims": [ { "id": "cl-bob-ada", "text": "Bob and Ada work together.", "status": "disputed",
        "sources": [{ "source": "src-relay", "locator": "paragraph 4" }] } ] }
  ],
  "stories": [
    { "id": "intro", "title": "Who pays whom", "audience": "tests",
      "steps": [
        { "id": "ada", "title": "Meet Ada", "text": "Ada is a made-up financier.", "focus": { "actors": ["ada-example"] } },
        { "id": "money", "title": "The money", "text": "Money flows from Ada to the militia.", "focus": { "actors": ["ada-example", "example-fund", "sample-militia"], "relations": ["rel-ada-fund", "rel-fund-militia"] }, "hideStatuses": ["claimed"] }
      ] }
  ]
}
`;export{e as default};