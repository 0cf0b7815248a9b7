"""Reads Tangle's GEXF and GraphML exports with networkx and checks every node and edge is there.

Usage: python3 scripts/check-networkx.py FOLDER   (FOLDER written by scripts/write-exchange-exports.ts)
"""
import json
import sys

import networkx as nx

folder = sys.argv[1]
expected = json.load(open(f"{folder}/expected.json"))
failures = 0
for name, read in (("dataset.gexf", nx.read_gexf), ("dataset.graphml", nx.read_graphml)):
    graph = read(f"{folder}/{name}")
    found = (graph.number_of_nodes(), graph.number_of_edges())
    wanted = (expected["nodes"], expected["edges"])
    kinds = {data.get("kind") for _, _, data in graph.edges(data=True)}
    ok = found == wanted and None not in kinds
    failures += 0 if ok else 1
    print(f"networkx {nx.__version__} {name}: {found[0]} nodes, {found[1]} edges (expected {wanted[0]}, {wanted[1]}) {'ok' if ok else 'FAILED'}")
sys.exit(1 if failures else 0)
