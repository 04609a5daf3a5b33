/**
 * Debounced saving: a burst of keystrokes becomes one write, `delay` ms after
 * the last one; `flush` writes at once (page hidden or closed). One write at
 * a time: a change during a write is saved after it, never lost.
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

/**
 * `run` does the write and returns whether it succeeded; a failed write stays
 * unsaved, for the next change or flush to retry.
 */
export function createSaveScheduler(run: () => Promise<boolean>, delay: number): SaveScheduler {
  let dirty = false;
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
      dirty = true;
      stopTimer();
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, delay);
    },
    flush,
    cancel() {
      dirty = false;
      stopTimer();
    },
    busy: () => dirty || running !== null,
    dirty: () => dirty,
  };
}
