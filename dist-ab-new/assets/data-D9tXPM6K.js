var e=`{
  "datasets": [
    { "id": "assad-exile-network", "title": "The Assad exile network, December 2025", "file": "data/assad-exile-network.json" },
    { "id": "placeholder", "title": "Placeholder network (test fixture)", "file": "tests/fixtures/placeholder.json" }
  ]
}
`;export{e as default};