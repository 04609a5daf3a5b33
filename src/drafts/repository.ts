/**
 * Drafts in a `KeyValueStore`: typed keys, every access guarded (a failure is
 * a `StorageError` with a sentence for the user), every read restored.
 */
import { newId } from "../domain/draft/newDraft.ts";
import { IncidentRecordSchema, type Draft, type IncidentRecord } from "../domain/draft/schema.ts";
import { recordFromLegacyInputs } from "../domain/incident/legacyInputs.ts";
import { mayHoldUnknownKeys, splitUnknownKeys, withUnknownKeys } from "../domain/draft/unknownKeys.ts";
import { incidentKeys } from "../domain/incident/record.ts";
import type { StepId } from "../domain/steps/steps.ts";
import { guarded, type KeyValueStore } from "./storage/keyValueStore.ts";
import { KEYS, sortedSummaries, summaryAt, summaryOf, type DraftSummary, type PostedSnapshot, type StoredDraft } from "./record.ts";
import { restoreIndex, restoreRecord, type Restored } from "./restore.ts";
import { decideWrite, type Expected } from "./revision.ts";

export type WriteResult = { ok: true; revision: number; updatedAt: number } | { ok: false; theirs: number };

export type DraftRepository = ReturnType<typeof createDraftRepository>;

export type RepositoryOptions = {
  /** What an older version kept beside a draft for its deadlines (read once, to move into the incident record). */
  legacyDeadlineInputs?: (draftId: string) => unknown;
};

export function createDraftRepository(store: KeyValueStore, now: () => number = Date.now, options: RepositoryOptions = {}) {
  /** The stored record of the draft's incident (by bug, then by local id), or null. */
  const storedIncident = async (draft: Draft): Promise<IncidentRecord | null> => {
    for (const key of incidentKeys(draft)) {
      const parsed = IncidentRecordSchema.safeParse(await guarded(() => store.get(KEYS.incident(key))));
      if (parsed.success) return parsed.data;
    }
    return null;
  };

  /** Every draft of an incident reads the one record: the stored one wins over the draft's copy; an older draft's facts move in. */
  const withIncident = async (stored: StoredDraft): Promise<StoredDraft> => {
    const shared = await storedIncident(stored.draft);
    if (shared) return { ...stored, draft: { ...stored.draft, incident: { ...shared, id: shared.id ?? stored.draft.incident?.id } } };
    if (stored.draft.incident) return stored;
    const legacy = recordFromLegacyInputs(options.legacyDeadlineInputs?.(stored.id) ?? null, stored.draft.kind, stored.postedSnapshot?.postedAt ?? null);
    return legacy ? { ...stored, draft: { ...stored.draft, incident: { id: newId("n"), ...legacy } } } : stored;
  };

  /** The incident's next deadline, by code loaded on the first save (see `nextDeadlineOf.ts`). */
  const nextOf = async (draft: Draft, at: number) => (await import("./nextDeadlineOf.ts")).nextDeadlineOf(draft, at);

  /** The draft's record becomes its incident's, under the bug once known (and the local id). */
  const shareIncident = async (draft: Draft): Promise<void> => {
    const record = draft.incident;
    if (!record) return;
    // Issued at once: on a closing page only what is issued now gets written.
    await Promise.all(incidentKeys(draft).map((key) => guarded(() => store.set(KEYS.incident(key), record))));
  };

  const updateIndex = (change: (index: ReturnType<typeof restoreIndex>) => void) =>
    guarded(() =>
      store.update(KEYS.index, (old) => {
        const index = restoreIndex(old);
        change(index);
        return index;
      }),
    );

  return {
    /** Every draft, newest first. */
    async list(): Promise<DraftSummary[]> {
      return sortedSummaries(restoreIndex(await guarded(() => store.get(KEYS.index))));
    },

    async lastOpened(): Promise<string | null> {
      const id = await guarded(() => store.get(KEYS.lastOpened));
      return typeof id === "string" ? id : null;
    },

    async setLastOpened(id: string | null): Promise<void> {
      await guarded(() => (id === null ? store.del(KEYS.lastOpened) : store.set(KEYS.lastOpened, id)));
    },

    /** `null` when there is no such draft. */
    async read(id: string): Promise<Restored | null> {
      const raw = await guarded(() => store.get(KEYS.draft(id)));
      if (raw === undefined) return null;
      const restored = restoreRecord(raw, id);
      return restored.ok ? { ...restored, record: await withIncident(restored.record) } : restored;
    },

    /**
     * Writes the draft unless another tab wrote it since `expected`. The
     * posted snapshot already stored is kept: only `markAsPosted` sets it.
     */
    async write(id: string, draft: Draft, step: StepId, expected: Expected): Promise<WriteResult> {
      const updatedAt = now();
      // Set inside the transaction; a box, because TypeScript does not follow assignments in callbacks.
      const out: { result: WriteResult; postedAt?: number; note?: string } = { result: { ok: false, theirs: 0 } };
      await guarded(() =>
        store.update(KEYS.draft(id), (old) => {
          const decision = decideWrite(old, expected);
          if (!decision.write) {
            out.result = { ok: false, theirs: decision.theirs };
            return old;
          }
          out.result = { ok: true, revision: decision.revision, updatedAt };
          const posted: unknown = old !== null && typeof old === "object" ? Reflect.get(old, "postedSnapshot") : undefined;
          const postedAt: unknown = posted !== null && typeof posted === "object" ? Reflect.get(posted, "postedAt") : undefined;
          if (typeof postedAt === "number") out.postedAt = postedAt;
          const note: unknown = old !== null && typeof old === "object" ? Reflect.get(old, "note") : undefined;
          if (typeof note === "string") out.note = note;
          // Keys a newer version of the app stored in this draft (another tab) stay.
          const stored: unknown = old !== null && typeof old === "object" ? Reflect.get(old, "draft") : undefined;
          const kept = mayHoldUnknownKeys(stored, draft) ? withUnknownKeys(draft, splitUnknownKeys(stored).unknown) : draft;
          return { id, draft: kept, step, updatedAt, revision: decision.revision, ...(posted === undefined ? {} : { postedSnapshot: posted }), ...(out.note ? { note: out.note } : {}) };
        }),
      );
      if (out.result.ok) {
        await shareIncident(draft);
        const next = await nextOf(draft, updatedAt);
        await updateIndex((index) => (index[id] = summaryAt(id, draft, updatedAt, out.postedAt, out.note, next)));
      }
      return out.result;
    },

    /**
     * The page is closing: one blind put, issued at once, because a
     * read-then-write transaction does not finish before the document goes.
     * It skips compare-and-set; the caller only uses it when no other tab has
     * announced a newer revision. The index is brought up to date on the next open.
     */
    async writeOnExit(id: string, draft: Draft, step: StepId, revision: number, posted: PostedSnapshot | null): Promise<void> {
      const record: StoredDraft = { id, draft, step, updatedAt: now(), revision };
      if (posted) record.postedSnapshot = posted;
      await Promise.all([guarded(() => store.set(KEYS.draft(id), record)), shareIncident(draft)]);
    },

    /** Brings the index entry of an opened draft up to date. */
    async indexOpened(record: StoredDraft): Promise<void> {
      const next = await nextOf(record.draft, record.updatedAt);
      await updateIndex((index) => (index[record.id] = summaryOf(record, next)));
    },

    /** A new draft under a new id, at revision 1. */
    async create(draft: Draft, step: StepId = "summary", note?: string): Promise<StoredDraft> {
      const record: StoredDraft = { id: newId("d"), draft, step, updatedAt: now(), revision: 1, ...(note ? { note } : {}) };
      await guarded(() => store.set(KEYS.draft(record.id), record));
      // A new draft of a known incident joins its record; its own copy (from a file) starts one otherwise.
      if (!(await storedIncident(draft))) await shareIncident(draft);
      const next = await nextOf(record.draft, record.updatedAt);
      await updateIndex((index) => (index[record.id] = summaryOf(record, next)));
      return withIncident(record);
    },

    /** Deletes a draft and returns what was stored, raw, so Undo can put it back exactly. */
    async remove(id: string): Promise<unknown> {
      const raw = await guarded(() => store.get(KEYS.draft(id)));
      await guarded(() => store.del(KEYS.draft(id)));
      await updateIndex((index) => delete index[id]);
      return raw;
    },

    /** Undo of `remove`: the raw record back under its id, and in the index when it is readable. */
    async putBack(id: string, raw: unknown): Promise<void> {
      await guarded(() => store.set(KEYS.draft(id), raw));
      const restored = restoreRecord(raw, id);
      const next = restored.ok ? await nextOf(restored.record.draft, restored.record.updatedAt) : undefined;
      await updateIndex((index) => {
        index[id] = restored.ok ? summaryOf(restored.record, next) : { id, title: "(unreadable draft)", kind: "full", caOwner: "", updatedAt: now() };
      });
    },

    /** Stores a copy of the stored draft as posted now. Save the latest changes first. */
    async markAsPosted(id: string): Promise<PostedSnapshot | null> {
      const postedAt = now();
      const out: { snapshot: PostedSnapshot | null } = { snapshot: null };
      await guarded(() =>
        store.update(KEYS.draft(id), (old) => {
          const restored = restoreRecord(old, id);
          if (!restored.ok || old === null || typeof old !== "object") return old;
          out.snapshot = { draft: restored.record.draft, postedAt };
          return { ...old, postedSnapshot: out.snapshot };
        }),
      );
      const snapshot = out.snapshot;
      if (snapshot) {
        const next = await nextOf(snapshot.draft, postedAt);
        await updateIndex((index) => (index[id] = summaryAt(id, snapshot.draft, index[id]?.updatedAt ?? postedAt, postedAt, undefined, next)));
      }
      return snapshot;
    },
  };
}
