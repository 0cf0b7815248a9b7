// Runs a long computation written as a generator (it yields at safe points) in short slices
// between frames and input, so that no main-thread task exceeds ~50 ms (DESIGN §5).

/** Time a slice may run before handing the thread back. */
const SLICE_MS = 12;

/** Starts the work; the returned function cancels it (e.g. the dataset changed). */
export function runInSlices<T>(steps: Generator<void, T>, onDone: (result: T) => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    if (cancelled) return;
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done) return onDone(step.value);
      if (performance.now() >= until) break;
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
