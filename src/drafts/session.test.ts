import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { renderReport } from "../domain/render/render.ts";
import type { Draft } from "../domain/draft/schema.ts";
import type { StepId } from "../wizard/steps.ts";
import { KEYS } from "./record.ts";
import { createDraftRepository } from "./repository.ts";
import { createDraftSession, type Editor } from "./session.ts";
import { createFullStore } from "./storage/failingStore.ts";
import type { KeyValueStore } from "./storage/keyValueStore.ts";
import { createMemoryStore } from "./storage/memoryStore.ts";
import type { TabChannel, TabMessage } from "./tabChannel.ts";

type FakeEditor = Editor & { draft: Draft; step: StepId; open: boolean };

/** A form stand-in. */
function fakeEditor(): FakeEditor {
  const editor: FakeEditor = {
    draft: emptyDraft(),
    step: "summary",
    open: false,
    read: (): Draft => structuredClone(editor.draft),
    load(draft: Draft, step: StepId) {
      editor.draft = structuredClone(draft);
      editor.step = step;
      editor.open = true;
    },
    setTitle(title: string) {
      editor.draft = { ...editor.draft, title };
    },
    close() {
      editor.open = false;
    },
  };
  return editor;
}

/** Tabs connected by an in-memory bus, as BroadcastChannel connects them. */
function bus(): (onMessage: (m: TabMessage) => void) => TabChannel {
  const members = new Set<(m: TabMessage) => void>();
  return (onMessage) => {
    const deliver = (m: TabMessage) => onMessage(m);
    members.add(deliver);
    return {
      post: (m: TabMessage) => members.forEach((member) => member !== deliver && member(m)),
      close: () => void members.delete(deliver),
    };
  };
}

function tab(store: KeyValueStore, openChannel = bus()) {
  const editor = fakeEditor();
  const session = createDraftSession({ repository: createDraftRepository(store), editor, openChannel, delay: 300 });
  session.connect();
  return { editor, session };
}

/** A memory store whose writes fail like a full disk while `failWrites(true)`. */
function switchableStore() {
  const memory = createMemoryStore();
  const full = createFullStore(memory);
  let failing = false;
  const store: KeyValueStore = {
    get: (k) => memory.get(k),
    set: (k, v) => (failing ? full.set(k, v) : memory.set(k, v)),
    del: (k) => memory.del(k),
    update: (k, u) => (failing ? full.update(k, u) : memory.update(k, u)),
  };
  return { store, memory, failWrites: (on: boolean) => void (failing = on) };
}

/** Two tabs with the same draft open, as after opening the app in a second tab. */
async function twoTabs(store: KeyValueStore = createMemoryStore()) {
  const channel = bus();
  const a = tab(store, channel);
  await a.session.boot(emptyDraft());
  const b = tab(store, channel);
  await b.session.boot(null);
  return { store, a, b };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("draft session", () => {
  it("autosaves after the delay and reopens the last draft as it was, step included", async () => {
    const store = createMemoryStore();
    const first = tab(store);
    await first.session.boot({ ...emptyDraft(), caOwner: "Example CA" });
    first.editor.draft.title = "Typed";
    first.session.setStep("timeline");
    const id = first.session.getState().openId ?? "";
    const storedTitle = async () => {
      const read = await createDraftRepository(store).read(id);
      return read?.ok ? read.record.draft.title : null;
    };
    await vi.advanceTimersByTimeAsync(299);
    expect(await storedTitle()).toBe("");
    await vi.advanceTimersByTimeAsync(1);
    await first.session.flush();
    expect(await storedTitle()).toBe("Typed");
    expect(first.session.getState().save.kind).toBe("saved");

    const second = tab(store);
    await second.session.boot(null);
    expect(second.editor.open).toBe(true);
    expect(second.editor.step).toBe("timeline");
    expect(second.editor.draft).toMatchObject({ title: "Typed", caOwner: "Example CA" });
    expect(second.session.getState().drafts).toHaveLength(1);
  });

  it("on page exit writes at once, without waiting for the delay, and keeps the posted copy", async () => {
    const store = createMemoryStore();
    const { editor, session } = tab(store);
    await session.boot(emptyDraft());
    await session.markAsPosted();
    editor.draft.title = "typed just before closing";
    session.changed();
    session.flushOnExit();
    await vi.advanceTimersByTimeAsync(0);
    const id = session.getState().openId ?? "";
    const read = await createDraftRepository(store).read(id);
    expect(read?.ok && read.record).toMatchObject({ revision: 2, draft: { title: "typed just before closing" } });
    expect(read?.ok && read.record.postedSnapshot?.draft.title).toBe("");
  });

  it("on page exit writes nothing while another tab's version is pending a choice", async () => {
    const { store, a, b } = await twoTabs();
    a.editor.draft.title = "A";
    a.session.changed();
    await a.session.flush();
    b.editor.draft.title = "B";
    b.session.changed();
    b.session.flushOnExit();
    await vi.advanceTimersByTimeAsync(0);
    const read = await createDraftRepository(store).read(a.session.getState().openId ?? "");
    expect(read?.ok && read.record.draft.title).toBe("A");
  });

  it("without a last draft, shows the Start screen", async () => {
    const { editor, session } = tab(createMemoryStore());
    await session.boot(null);
    expect(editor.open).toBe(false);
    expect(session.getState().openId).toBeNull();
  });

  it("tells a tab when another saves the same draft, and never overwrites silently", async () => {
    const { store, a, b } = await twoTabs();
    expect(b.session.getState().openId).toBe(a.session.getState().openId);

    a.editor.draft.title = "from A";
    a.session.changed();
    await a.session.flush();
    expect(b.session.getState().conflict).toBe(true);
    // Closing B now would lose its edits: the browser must ask.
    expect(a.session.closeWouldLose()).toBe(false);
    expect(b.session.closeWouldLose()).toBe(true);

    b.editor.draft.title = "from B";
    b.session.changed();
    await b.session.flush();
    const id = a.session.getState().openId ?? "";
    const stored = await createDraftRepository(store).read(id);
    expect(stored?.ok && stored.record.draft.title).toBe("from A");

    await b.session.keepMine();
    const after = await createDraftRepository(store).read(id);
    expect(after?.ok && after.record.draft.title).toBe("from B");
    expect(a.session.getState().conflict).toBe(true);
    expect(b.session.closeWouldLose()).toBe(false);
    await a.session.reloadTheirs();
    expect(a.editor.draft.title).toBe("from B");
    expect(a.session.getState().conflict).toBe(false);
    expect(a.session.closeWouldLose()).toBe(false);
  });

  it("reloading the other tab's version keeps this tab's unsaved changes as a draft of their own", async () => {
    const { store, a, b } = await twoTabs();
    const id = a.session.getState().openId ?? "";

    b.editor.draft.title = "from B";
    b.session.changed();
    await b.session.flush();
    expect(a.session.getState().conflict).toBe(true);
    // Nothing typed here since the conflict: nothing to keep, no copy.
    await a.session.reloadTheirs();
    expect(a.session.getState()).toMatchObject({ conflict: false, keptCopy: null });
    expect(a.session.getState().drafts).toHaveLength(1);

    b.editor.draft.title = "from B";
    b.editor.draft.summary.incidentDescription = "B again.";
    b.session.changed();
    await b.session.flush();
    expect(a.session.getState().conflict).toBe(true);
    a.editor.draft.title = "from A";
    a.editor.draft.summary.incidentDescription = "Typed in A while B saved.";
    a.session.changed();
    await a.session.flush();

    await a.session.reloadTheirs();
    expect(a.editor.draft.title).toBe("from B");
    expect(a.session.getState()).toMatchObject({ openId: id, conflict: false, keptCopy: { name: "from A (this tab's changes)" } });
    const kept = await createDraftRepository(store).read(a.session.getState().keptCopy?.id ?? "");
    expect(kept?.ok && kept.record.draft.summary.incidentDescription).toBe("Typed in A while B saved.");
    // The report's title stays as the author left it; the list names the copy.
    expect(kept?.ok && kept.record.draft.title).toBe("from A");
    expect(a.session.getState().drafts.map((d) => [d.title, d.note ?? ""]).sort()).toEqual([["from A", "this tab's changes"], ["from B", ""]]);

    // Leaving the draft forgets the notice.
    await a.session.close();
    expect(a.session.getState().keptCopy).toBeNull();
  });

  it("a title cleared on purpose stays empty in the kept copy's report; only the list names it", async () => {
    const { store, a, b } = await twoTabs();
    b.editor.draft.title = "from B";
    b.session.changed();
    await b.session.flush();
    a.editor.draft.title = "";
    a.editor.draft.summary.incidentDescription = "Typed in A.";
    a.session.changed();
    await a.session.flush();
    await a.session.reloadTheirs();
    expect(a.session.getState().keptCopy).toMatchObject({ name: "Untitled (this tab's changes)" });
    const kept = await createDraftRepository(store).read(a.session.getState().keptCopy?.id ?? "");
    expect(kept?.ok && kept.record.draft.title).toBe("");
    expect(kept?.ok && renderReport(kept.record.draft)).not.toContain("this tab's changes");
    // Edited later, the copy keeps its name in the list.
    const copy = a.session.getState().keptCopy?.id ?? "";
    await createDraftRepository(store).write(copy, { ...(kept?.ok ? kept.record.draft : emptyDraft()), title: "" }, "summary", 1);
    const listed = (await createDraftRepository(store).list()).find((d) => d.id === copy);
    expect(listed).toMatchObject({ title: "", note: "this tab's changes" });
  });

  it("if this tab's changes cannot be kept, the other tab's version is not loaded over them", async () => {
    const { store, failWrites } = switchableStore();
    const { a, b } = await twoTabs(store);
    b.editor.draft.title = "from B";
    b.session.changed();
    await b.session.flush();
    a.editor.draft.title = "from A";
    a.session.changed();
    failWrites(true);
    await a.session.reloadTheirs();
    expect(a.editor.draft.title).toBe("from A");
    expect(a.session.getState()).toMatchObject({ conflict: true, keptCopy: null });
    expect(a.session.getState().storageError).toMatch(/quota/);
  });

  it("detects a conflict by compare-and-set even when no message arrives", async () => {
    const store = createMemoryStore();
    const a = tab(store, () => ({ post() {}, close() {} }));
    await a.session.boot(emptyDraft());
    const id = a.session.getState().openId ?? "";
    await createDraftRepository(store).write(id, { ...emptyDraft(), title: "elsewhere" }, "summary", 1);
    a.editor.draft.title = "here";
    a.session.changed();
    await a.session.flush();
    expect(a.session.getState().conflict).toBe(true);
  });

  it("on a storage failure shows the error and keeps the work in memory, then recovers", async () => {
    const { store, memory, failWrites } = switchableStore();
    failWrites(true);
    const { editor, session } = tab(store);
    await session.boot(emptyDraft());
    expect(session.getState().storageError).toMatch(/quota exceeded/);
    expect(editor.open).toBe(true);
    editor.draft.title = "kept";
    session.changed();
    await session.flush();
    expect(session.getState().storageError).toMatch(/quota/);
    expect(session.closeWouldLose()).toBe(true);
    failWrites(false);
    editor.draft.title = "kept and saved";
    session.changed();
    await session.flush();
    expect(session.getState().storageError).toBeNull();
    const id = session.getState().openId ?? "";
    const read = await createDraftRepository(memory).read(id);
    expect(read?.ok && read.record.draft.title).toBe("kept and saved");
  });

  it("reports a corrupt last draft, keeps it until discarded", async () => {
    const store = createMemoryStore([
      [KEYS.lastOpened, "bad"],
      [KEYS.draft("bad"), { draft: { ...emptyDraft(), kind: "final" } }],
      [KEYS.index, { bad: { title: "Bad", kind: "full", caOwner: "", updatedAt: 1 } }],
    ]);
    const { editor, session } = tab(store);
    await session.boot(null);
    expect(editor.open).toBe(false);
    expect(session.getState().corrupt).toMatchObject({ id: "bad", problems: [{ path: "kind" }] });
    await session.discardCorrupt();
    expect(store.data.has(KEYS.draft("bad"))).toBe(false);
    expect(session.getState().drafts).toEqual([]);
  });

  it("deletes with undo, duplicates and renames", async () => {
    const store = createMemoryStore();
    const { editor, session } = tab(store);
    await session.boot({ ...emptyDraft(), title: "One" });
    const id = session.getState().openId ?? "";
    await session.duplicate(id);
    expect(session.getState().drafts.map((d) => d.title).sort()).toEqual(["One", "One (copy)"]);
    await session.rename(id, "Renamed");
    expect(editor.draft.title).toBe("Renamed");
    await session.remove(id);
    expect(editor.open).toBe(false);
    expect(session.getState().drafts.map((d) => d.title)).toEqual(["One (copy)"]);
    await session.undoRemove();
    expect(editor.open).toBe(true);
    expect(editor.draft.title).toBe("Renamed");
    expect(session.getState().drafts).toHaveLength(2);
  });

  it("marks the open draft as posted with the latest changes", async () => {
    const { editor, session } = tab(createMemoryStore());
    await session.boot(emptyDraft());
    editor.draft.title = "as posted";
    session.changed();
    await session.markAsPosted();
    expect(session.getState().posted?.draft.title).toBe("as posted");
  });
});
