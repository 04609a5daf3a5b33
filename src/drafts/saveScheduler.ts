/**
 * Debounced saving: a burst of keystrokes becomes one write, `delay` ms after
 * the last one, but never later than `maxWait` ms after the first unsaved
 * change, so steady typing is saved too (a killed browser loses at most
 * `maxWait` ms of it); `flush` writes at once (page hidden or closed). One
 * write at a time: a change during a write is saved after it, never lost.
 */
export type SaveScheduler = {
  /** Something changed: write after `delay` ms of quiet. */
  schedule(): void;
  /** Write now if anything is unsaved; resolves when the write is done. */
  flush(): Promise<void>;
  /** Forget unsaved changes (the form was replaced with stored content). */
  cancel(): void;
  /** Unsaved changes, or a write running. */
  busy(): boolean;
  /** Changes not yet handed to a write. */
  dirty(): boolean;
};

/** Steady typing is written at least this often. */
export const MAX_WAIT_MS = 2000;

/**
 * `run` does the write and returns whether it succeeded; a failed write stays
 * unsaved, for the next change or flush to retry.
 */
export function createSaveScheduler(run: () => Promise<boolean>, delay: number, maxWait = MAX_WAIT_MS): SaveScheduler {
  let dirty = false;
  /** When the oldest change not yet handed to a write was made. */
  let dirtySince = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const flush = async (): Promise<void> => {
    stopTimer();
    while (running) await running;
    if (!dirty) return;
    dirty = false;
    dirtySince = 0;
    running = run()
      .then(
        (ok) => {
          if (!ok) dirty = true;
        },
        () => {
          dirty = true;
        },
      )
      .finally(() => {
        running = null;
      });
    await running;
  };

  return {
    schedule() {
      const now = Date.now();
      if (dirtySince === 0) dirtySince = now;
      dirty = true;
      stopTimer();
      timer = setTimeout(
        () => {
          timer = null;
          void flush();
        },
        Math.max(0, Math.min(delay, dirtySince + maxWait - now)),
      );
    },
    flush,
    cancel() {
      dirty = false;
      dirtySince = 0;
      stopTimer();
    },
    busy: () => dirty || running !== null,
    dirty: () => dirty,
  };
}
