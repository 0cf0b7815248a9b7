// When a large graph's detail is redrawn: once per task however many changes it made (filters,
// focus, path and selection arrive together from React's effects), and once the camera rests.
export class DetailScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queued = false;

  constructor(
    private readonly redraw: () => void,
    /** How long the camera must rest before the detail is redrawn. */
    private readonly restMs = 120,
  ) {}

  /** At the end of the current task. */
  soon(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      if (this.queued) this.now();
    });
  }

  /** Once the camera has not moved for `restMs`. */
  afterRest(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.now(), this.restMs);
  }

  /** At once; what was scheduled is then done. */
  now(): void {
    this.cancel();
    this.redraw();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.queued = false;
  }
}
