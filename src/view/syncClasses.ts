import { modelIdOf } from "./elementIds";

// Diff-aware class and data updates. Touching an element restyles it, and restyling 20k
// elements that did not change is what made filters slow on large graphs: only changes are applied.

interface Element {
  id(): string;
  hasClass(cls: string): boolean;
  toggleClass(cls: string, on: boolean): unknown;
  data(field: string): unknown;
  data(field: string, value: unknown): unknown;
}

/** Any cytoscape collection (nodes, edges or both): only iteration is needed here. */
interface Elements<E extends Element> {
  forEach(each: (element: E) => void): unknown;
}

/** Gives `cls` to exactly the elements for which `wanted(id)` holds (`id` is the model id). */
export function syncClass<E extends Element>(
  elements: Elements<E>,
  cls: string,
  wanted: (id: string) => boolean,
): void {
  elements.forEach((element) => {
    const want = wanted(modelIdOf(element));
    if (element.hasClass(cls) !== want) element.toggleClass(cls, want);
  });
}

/** Sets a data field only where its value changes. */
export function syncData<E extends Element>(
  elements: Elements<E>,
  field: string,
  value: (id: string) => unknown,
): void {
  elements.forEach((element) => {
    const next = value(modelIdOf(element));
    if (element.data(field) !== next) element.data(field, next);
  });
}
