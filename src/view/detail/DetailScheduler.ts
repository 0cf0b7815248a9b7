// When a large graph's detail is redrawn: once per task however many changes it made (filters,
// focus, path and selection arrive together from React's effects), and once the camera rests.
export class DetailScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queued = false;
  private frame: number | undefined;
  private paintTimer: ReturnType<typeof setTimeout> | undefined;

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

  /** In the task after the next frame is painted (a selection's frame shows the details first). */
  afterPaint(): void {
    if (this.frame !== undefined || this.paintTimer !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.paintTimer = setTimeout(() => {
        this.paintTimer = undefined;
        this.now();
      }, 0);
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
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.paintTimer);
    this.frame = undefined;
    this.paintTimer = undefined;
  }
}
