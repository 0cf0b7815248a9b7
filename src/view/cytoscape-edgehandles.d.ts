// cytoscape-edgehandles ships no types (an @types package exists; this is all the view uses).
declare module "cytoscape-edgehandles" {
  import type cytoscape from "cytoscape";
  const edgehandles: cytoscape.Ext;
  export default edgehandles;
}
