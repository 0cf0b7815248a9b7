// cytoscape-svg ships no types: it adds cy.svg(options) returning SVG markup.
declare module "cytoscape-svg" {
  import type cytoscape from "cytoscape";
  const svg: cytoscape.Ext;
  export default svg;
}
