/**
 * The open draft and its storage, without React: which draft is open, its
 * revision, autosave, conflicts with other tabs, storage failures, the drafts
 * list and Undo. The app renders `getState()` (useSyncExternalStore) and
 * calls the methods; the form stays the source of the draft's content,
 * reached through `Editor`.
 */
import type { Problem } from "../domain/draft/problems.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { summaryLine } from "../domain/render/bugzilla.ts";
import type { StepId } from "../wizard/steps.ts";
import type { DraftSummary, PostedSnapshot } from "./record.ts";
import type { DraftRepository } from "./repository.ts";
import { isNewerRevision } from "./revision.ts";
import { createSaveScheduler } from "./saveScheduler.ts";
import { describeStorageError } from "./storage/keyValueStore.ts";
import type { TabChannel, TabMessage } from "./tabChannel.ts";

/** Typing pauses shorter than this are one burst, saved once. */
export const SAVE_DELAY_MS = 300;

/** The name of the User Timing measure of each write. */
export const SAVE_MEASURE = "draft-save";

/** `at`: when the open draft was last stored, if ever. */
export type SaveState = { kind: "idle" | "saving" | "saved"; at: number | null };

export type CorruptDraft = { id: string; problems: Problem[]; raw: unknown };

export type SessionState = {
  openId: string | null;
  save: SaveState;
  /** Set while drafts are not being saved; the work stays in memory. */
  storageError: string | null;
  /** Another tab saved the open draft; saving here waits for the user's choice. */
  conflict: boolean;
  posted: PostedSnapshot | null;
  drafts: DraftSummary[];
  corrupt: CorruptDraft | null;
  /** The last deleted draft, while Undo is offered. */
  removed: { id: string; raw: unknown; name: string; wasOpen: boolean; at: number } | null;
  /** After "Reload it" in a conflict: this tab's unsaved changes, kept as a draft of their own. */
  keptCopy: { id: string; name: string } | null;
};

/** The form, as the session sees it. */
export type Editor = {
  read(): Draft;
  /** Replace the form's content without it counting as a change. */
  load(draft: Draft, step: StepId): void;
  setTitle(title: string): void;
  /** Back to the Start screen. */
  close(): void;
};

export type SessionOptions = {
  repository: DraftRepository;
  editor: Editor;
  openChannel?: (onMessage: (message: TabMessage) => void) => TabChannel;
  now?: () => number;
  delay?: number;
};

export type DraftSession = ReturnType<typeof createDraftSession>;

export function createDraftSession({ repository, editor, openChannel, now = Date.now, delay = SAVE_DELAY_MS }: SessionOptions) {
  let state: SessionState = { openId: null, save: { kind: "idle", at: null }, storageError: null, conflict: false, posted: null, drafts: [], corrupt: null, removed: null, keptCopy: null };
  const listeners = new Set<() => void>();
  let revision = 0;
  /** The wizard step of the open draft, saved with it. */
  let step: StepId = "summary";
  /** "Keep mine" was confirmed: the next write replaces the other tab's. */
  let overwrite = false;
  /** What was last written or loaded, to skip writes that change nothing. */
  let lastJson = "";
  let channel: TabChannel | null = null;
  let booted: Promise<void> | null = null;
  let reloading = false;

  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const failed = (error: unknown) => set({ storageError: describeStorageError(error), save: { ...state.save, kind: "idle" } });

  /** Runs a storage operation; a failure shows the banner instead of throwing. */
  const attempt = async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    try {
      // Only a successful write clears the banner: with a full disk, reads still work.
      return await operation();
    } catch (error) {
      failed(error);
      return undefined;
    }
  };

  const refreshList = async () => {
    const drafts = await attempt(() => repository.list());
    if (drafts) set({ drafts });
  };

  const serialize = (draft: Draft, step: StepId) => JSON.stringify([draft, step]);

  const write = async (): Promise<boolean> => {
    const id = state.openId;
    if (id === null) return true;
    if (state.conflict && !overwrite) return false;
    const draft = editor.read();
    const json = serialize(draft, step);
    if (json === lastJson && !overwrite) return true;
    set({ save: { ...state.save, kind: "saving" } });
    const started = performance.now();
    try {
      const result = await repository.write(id, draft, step, overwrite ? "overwrite" : revision);
      // For `npm run bench:save` and the devtools Performance panel: how long a write takes.
      performance.measure(SAVE_MEASURE, { start: started, detail: { bytes: json.length } });
      if (!result.ok) {
        set({ conflict: true, save: { ...state.save, kind: "idle" } });
        return false;
      }
      revision = result.revision;
      overwrite = false;
      lastJson = json;
      set({ save: { kind: "saved", at: result.updatedAt }, storageError: null });
      channel?.post({ type: "saved", id, revision });
      void refreshList();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };

  const scheduler = createSaveScheduler(write, delay);

  const show = (id: string, draft: Draft, at: StepId, rev: number, posted: PostedSnapshot | null, savedAt: number) => {
    scheduler.cancel();
    revision = rev;
    overwrite = false;
    step = at;
    editor.load(draft, at);
    // Read back what the form holds: the form may fill in defaults.
    lastJson = serialize(editor.read(), step);
    set({ openId: id, conflict: false, posted, keptCopy: null, save: savedAt ? { kind: "saved", at: savedAt } : { kind: "idle", at: null } });
    void attempt(() => repository.setLastOpened(id));
  };

  const open = async (id: string): Promise<boolean> => {
    await scheduler.flush();
    const restored = await attempt(() => repository.read(id));
    if (!restored) return false;
    if (!restored.ok) {
      set({ corrupt: { id, problems: restored.problems, raw: restored.raw } });
      return false;
    }
    const { record } = restored;
    show(id, record.draft, record.step, record.revision, record.postedSnapshot ?? null, record.updatedAt);
    void attempt(() => repository.indexOpened(record)).then(() => refreshList());
    return true;
  };

  /** A new draft (Start screen, example, import): opened, and saved at once. */
  const create = async (draft: Draft, at: StepId = "summary"): Promise<void> => {
    await scheduler.flush();
    const record = await attempt(() => repository.create(draft, at));
    if (record) {
      show(record.id, record.draft, record.step, record.revision, null, record.updatedAt);
      channel?.post({ type: "listChanged" });
      await refreshList();
    } else {
      // Storage failed: keep working in memory under a fresh id.
      show(`unsaved-${now()}`, draft, at, 0, null, 0);
      scheduler.schedule();
    }
  };

  const onMessage = (message: TabMessage) => {
    if (message.type === "saved" && message.id === state.openId && isNewerRevision(message.revision, revision)) set({ conflict: true });
    void refreshList();
  };

  return {
    getState: (): SessionState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Opens the tab channel; returns the disconnect. */
    connect(): () => void {
      channel = openChannel?.(onMessage) ?? null;
      return () => {
        channel?.close();
        channel = null;
      };
    },

    /**
     * First load, once: `initial` (an example from the URL) opens as a new
     * draft; otherwise the last opened draft reopens as it was.
     */
    boot(initial: Draft | null): Promise<void> {
      booted ??= (async () => {
        await refreshList();
        if (initial) {
          await create(initial);
          return;
        }
        const last = await attempt(() => repository.lastOpened());
        if (!last || !(await open(last))) editor.close();
      })();
      return booted;
    },

    create,
    open,
    /** The open draft as it is in memory (the form's content), or null on the Start screen. */
    openDraft: (): Draft | null => (state.openId === null ? null : editor.read()),
    /** The form changed. */
    changed: () => {
      if (state.openId !== null) scheduler.schedule();
    },
    /** The wizard moved to another step: saved with the draft, so it reopens there. */
    setStep(at: StepId) {
      step = at;
      if (state.openId !== null) scheduler.schedule();
    },
    flush: () => scheduler.flush(),

    /**
     * The page is being hidden for good (`pagehide`): write what is unsaved
     * now, synchronously issued, without waiting for a write in progress.
     */
    flushOnExit(): void {
      const id = state.openId;
      if (id === null || !scheduler.dirty() || (state.conflict && !overwrite)) return;
      const draft = editor.read();
      const json = serialize(draft, step);
      if (json === lastJson) return;
      scheduler.cancel();
      revision += 1;
      lastJson = json;
      channel?.post({ type: "saved", id, revision });
      void attempt(() => repository.writeOnExit(id, draft, step, revision, state.posted));
    },
    hasUnsaved: () => scheduler.busy(),

    /**
     * Closing the page now would lose work, so the browser should ask first
     * (`beforeunload`): writes are failing, or another tab's newer save holds
     * this tab's writes back until the user chooses. Otherwise the exit write
     * (`flushOnExit`) keeps whatever is unsaved, and closing is silent.
     */
    closeWouldLose(): boolean {
      if (state.openId === null) return false;
      return state.storageError !== null || (state.conflict && !overwrite);
    },

    /** Back to the Start screen; the open draft is saved first. */
    async close(): Promise<void> {
      await scheduler.flush();
      set({ openId: null, conflict: false, posted: null, keptCopy: null, save: { kind: "idle", at: null } });
      editor.close();
      await attempt(() => repository.setLastOpened(null));
    },

    /**
     * Take the other tab's version. This tab's changes that were never
     * stored are not dropped: they become a draft of their own, listed in
     * Drafts (`keptCopy` says which).
     */
    async reloadTheirs(): Promise<void> {
      const id = state.openId;
      // Once at a time: a double click must not keep two copies.
      if (id === null || reloading) return;
      reloading = true;
      try {
        const mine = editor.read();
        let kept: SessionState["keptCopy"] = null;
        if (serialize(mine, step) !== lastJson) {
          // The report keeps the title as the author left it (even cleared): only the drafts list names the copy.
          const note = "this tab's changes";
          const name = `${mine.title || "Untitled"} (${note})`;
          const copy = await attempt(() => repository.create(mine, step, note));
          // If storage fails here, nothing is reloaded: the edits stay on screen, with the storage banner.
          if (!copy) return;
          channel?.post({ type: "listChanged" });
          kept = { id: copy.id, name };
        }
        scheduler.cancel();
        if (!(await open(id))) set({ conflict: false });
        if (kept) {
          set({ keptCopy: kept });
          await refreshList();
        }
      } finally {
        reloading = false;
      }
    },

    dismissKeptCopy: () => set({ keptCopy: null }),

    /** Keep this tab's version (the user confirmed): saved now, over theirs. */
    async keepMine(): Promise<void> {
      overwrite = true;
      set({ conflict: false });
      scheduler.schedule();
      await scheduler.flush();
    },

    async markAsPosted(): Promise<void> {
      const id = state.openId;
      if (id === null) return;
      await scheduler.flush();
      const posted = await attempt(() => repository.markAsPosted(id));
      if (posted) {
        set({ posted });
        await refreshList();
      }
    },

    async duplicate(id: string): Promise<void> {
      if (id === state.openId) await scheduler.flush();
      const restored = await attempt(() => repository.read(id));
      if (!restored?.ok) return;
      const { draft } = restored.record;
      await attempt(() => repository.create({ ...draft, title: draft.title ? `${draft.title} (copy)` : "(copy)" }, restored.record.step));
      channel?.post({ type: "listChanged" });
      await refreshList();
    },

    /** Sets the draft's brief title (the summary line's second half). */
    async rename(id: string, title: string): Promise<void> {
      if (id === state.openId) {
        editor.setTitle(title);
        scheduler.schedule();
        await scheduler.flush();
        return;
      }
      const restored = await attempt(() => repository.read(id));
      if (!restored?.ok) return;
      const { record } = restored;
      await attempt(() => repository.write(id, { ...record.draft, title }, record.step, record.revision));
      channel?.post({ type: "saved", id, revision: record.revision + 1 });
      await refreshList();
    },

    async remove(id: string): Promise<void> {
      const wasOpen = id === state.openId;
      if (wasOpen) {
        scheduler.cancel();
        set({ openId: null, conflict: false, posted: null, save: { kind: "idle", at: null } });
        editor.close();
        await attempt(() => repository.setLastOpened(null));
      }
      const summary = state.drafts.find((d) => d.id === id);
      const name = summary ? summaryLine(summary) : "the draft";
      const raw = await attempt(() => repository.remove(id));
      if (raw === undefined) return;
      set({ removed: { id, raw, name, wasOpen, at: now() }, ...(state.keptCopy?.id === id ? { keptCopy: null } : {}) });
      channel?.post({ type: "deleted", id });
      await refreshList();
    },

    async undoRemove(): Promise<void> {
      const removed = state.removed;
      if (!removed) return;
      set({ removed: null });
      await attempt(() => repository.putBack(removed.id, removed.raw));
      channel?.post({ type: "listChanged" });
      await refreshList();
      if (removed.wasOpen) await open(removed.id);
    },

    dismissRemoved: () => set({ removed: null }),

    /** Throws the corrupt draft away (after the user exported it, or chose not to). */
    async discardCorrupt(): Promise<void> {
      const corrupt = state.corrupt;
      if (!corrupt) return;
      set({ corrupt: null });
      // Deleted with Undo, as any draft: the raw record goes back as it was.
      const raw = await attempt(() => repository.remove(corrupt.id));
      if (raw === undefined) return;
      set({ removed: { id: corrupt.id, raw, name: "(unreadable draft)", wasOpen: false, at: now() } });
      channel?.post({ type: "deleted", id: corrupt.id });
      await refreshList();
    },

    dismissCorrupt: () => set({ corrupt: null }),
    refreshList,
  };
}
