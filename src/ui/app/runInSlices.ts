// Runs a long computation written as a generator (it yields at safe points) in short slices
// between frames and input, so that no main-thread task exceeds ~50 ms (DESIGN §5).

/** Time a slice may run before handing the thread back. */
const SLICE_MS = 12;

export interface SliceOptions {
  /** Time a slice may run (12 ms unless said). */
  sliceMs?: number;
  /**
   * Runs the first slice now, in the caller's task (a small computation ends there), and hands the
   * thread back between slices through a message rather than a timer: chained timers are clamped
   * to 4 ms each, a third of a 12 ms slice.
   */
  eager?: boolean;
}

/** Starts the work; the returned function cancels it (e.g. the dataset changed). */
export function runInSlices<T>(
  steps: Generator<void, T>,
  onDone: (result: T) => void,
  options: SliceOptions = {},
): () => void {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  // Dropped by stop(): the caller keeps `stop` (an effect's cleanup), and a finished generator
  // still holds every local of its body (a search index build's working arrays, for instance).
  let work: Generator<void, T> | undefined = steps;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const channel = options.eager && typeof MessageChannel === "function" ? new MessageChannel() : undefined;
  const later = () => {
    if (channel) channel.port2.postMessage(null);
    else timer = setTimeout(slice, 0);
  };
  const slice = () => {
    if (work === undefined) return; // stopped
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = work.next();
      if (step.done) {
        stop();
        return onDone(step.value);
      }
      if (performance.now() >= until) break;
    }
    later();
  };
  /** Lets go of the work (a finished or cancelled run's closures must not keep its result alive). */
  const stop = () => {
    work = undefined;
    clearTimeout(timer);
    if (!channel) return;
    channel.port1.onmessage = null;
    channel.port1.close();
  };
  if (channel) channel.port1.onmessage = slice;
  if (options.eager) slice();
  else later();
  return stop;
}
