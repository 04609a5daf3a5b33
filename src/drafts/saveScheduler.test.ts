import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSaveScheduler } from "./saveScheduler.ts";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("createSaveScheduler", () => {
  it("writes once, delay ms after the last change", async () => {
    const run = vi.fn(async () => true);
    const scheduler = createSaveScheduler(run, 300);
    for (let i = 0; i < 10; i++) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(1);
    expect(scheduler.busy()).toBe(false);
  });

  it("saves steady typing at least every 2 s (a key every 150 ms never leaves 300 ms of quiet)", async () => {
    const writes: number[] = [];
    const run = vi.fn(async () => {
      writes.push(Date.now());
      return true;
    });
    const scheduler = createSaveScheduler(run, 300);
    const start = Date.now();
    for (let i = 0; i < 40; i++) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(150);
    }
    // 2 s after the first key, and 2 s after the first key following each write.
    expect(writes.map((t) => t - start)).toEqual([2000, 4100]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes.map((t) => t - start)).toEqual([2000, 4100, 6150]);
  });

  it("flush writes at once and cancels the timer", async () => {
    const run = vi.fn(async () => true);
    const scheduler = createSaveScheduler(run, 300);
    scheduler.schedule();
    await scheduler.flush();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("flush with nothing unsaved writes nothing", async () => {
    const run = vi.fn(async () => true);
    await createSaveScheduler(run, 300).flush();
    expect(run).not.toHaveBeenCalled();
  });

  it("a change during a write is written after it, never at the same time", async () => {
    let release = () => {};
    let active = 0;
    let most = 0;
    const run = vi.fn(async () => {
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => (release = resolve));
      active--;
      return true;
    });
    const scheduler = createSaveScheduler(run, 300);
    scheduler.schedule();
    const first = scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.schedule();
    const second = scheduler.flush();
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it("a failed write stays unsaved for the next flush", async () => {
    const run = vi.fn(async () => false);
    const scheduler = createSaveScheduler(run, 300);
    scheduler.schedule();
    await scheduler.flush();
    expect(scheduler.busy()).toBe(true);
    run.mockImplementation(async () => true);
    await scheduler.flush();
    expect(run).toHaveBeenCalledTimes(2);
    expect(scheduler.busy()).toBe(false);
  });

  it("a thrown write is treated as failed", async () => {
    const run = vi.fn(async (): Promise<boolean> => {
      throw new Error("boom");
    });
    const scheduler = createSaveScheduler(run, 300);
    scheduler.schedule();
    await scheduler.flush();
    expect(scheduler.busy()).toBe(true);
  });

  it("cancel forgets unsaved changes", async () => {
    const run = vi.fn(async () => true);
    const scheduler = createSaveScheduler(run, 300);
    scheduler.schedule();
    scheduler.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await scheduler.flush();
    expect(run).not.toHaveBeenCalled();
  });
});
