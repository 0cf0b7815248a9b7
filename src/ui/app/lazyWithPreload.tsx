// A code-split component that can be loaded ahead of its first use and then renders without
// suspending. React.lazy alone suspends on its first render even when its module is already
// fetched (its promise is only read asynchronously), and React holds back the reveal of a
// suspended tree until ~300 ms after its fallback appeared: most of the graph → table switch at
// 20k was that wait (docs/performance.md, "The table's first rows").
import { lazy, useState, type ComponentType } from "react";

export interface PreloadableComponent<P extends object> {
  (props: P): React.ReactNode;
  /** Fetches the module; once it has arrived, the component renders at once. */
  preload: () => Promise<unknown>;
}

export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Preloaded(props: P) {
    // Chosen once per mount: switching from the suspending form to the loaded one would remount.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  return Object.assign(Preloaded, { preload });
}
