// data/index.json?raw
var data_default = "{\n  \"datasets\": [\n    { \"id\": \"assad-exile-network\", \"title\": \"The Assad exile network, December 2025\", \"file\": \"data/assad-exile-network.json\" },\n    { \"id\": \"placeholder\", \"title\": \"Placeholder network (test fixture)\", \"file\": \"tests/fixtures/placeholder.json\" }\n  ]\n}\n";
export { data_default as default };
