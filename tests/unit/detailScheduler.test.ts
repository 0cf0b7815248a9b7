// A large graph's detail is redrawn once per task, and once the camera rests.
import { afterEach, expect, it, vi } from "vitest";
import { DetailScheduler } from "../../src/view/detail/DetailScheduler";

afterEach(() => {
  vi.useRealTimers();
});

it("redraws once for several changes in the same task, and not again after a redraw at once", async () => {
  const redraw = vi.fn();
  const scheduler = new DetailScheduler(redraw);
  scheduler.soon();
  scheduler.soon();
  expect(redraw).not.toHaveBeenCalled();
  await Promise.resolve();
  expect(redraw).toHaveBeenCalledTimes(1);

  scheduler.soon();
  scheduler.now();
  await Promise.resolve();
  expect(redraw).toHaveBeenCalledTimes(2);
});

it("waits for the camera to rest, each move restarting the wait", () => {
  vi.useFakeTimers();
  const redraw = vi.fn();
  const scheduler = new DetailScheduler(redraw, 100);
  scheduler.afterRest();
  vi.advanceTimersByTime(80);
  scheduler.afterRest();
  vi.advanceTimersByTime(80);
  expect(redraw).not.toHaveBeenCalled();
  vi.advanceTimersByTime(20);
  expect(redraw).toHaveBeenCalledTimes(1);
  scheduler.afterRest();
  scheduler.cancel();
  vi.advanceTimersByTime(200);
  expect(redraw).toHaveBeenCalledTimes(1);
});

it("redraws after the next frame is painted, once however often asked, and not after a redraw at once", () => {
  vi.useFakeTimers();
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 16));
  vi.stubGlobal("cancelAnimationFrame", (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  try {
    const redraw = vi.fn();
    const scheduler = new DetailScheduler(redraw);
    scheduler.afterPaint();
    scheduler.afterPaint();
    vi.advanceTimersByTime(16);
    expect(redraw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(redraw).toHaveBeenCalledTimes(1);
    scheduler.afterPaint();
    scheduler.now();
    vi.advanceTimersByTime(100);
    expect(redraw).toHaveBeenCalledTimes(2);
  } finally {
    vi.unstubAllGlobals();
  }
});
