import { describe, expect, it } from "vitest";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { exampleDraft } from "../domain/examples/index.ts";
import { KEYS } from "./record.ts";
import { createDraftRepository } from "./repository.ts";
import { createFullStore, createUnavailableStore } from "./storage/failingStore.ts";
import { StorageError } from "./storage/keyValueStore.ts";
import { createMemoryStore } from "./storage/memoryStore.ts";

const clock = () => {
  let t = 1000;
  return () => ++t;
};

describe("createDraftRepository", () => {
  it("creates, lists newest first, reads back exactly", async () => {
    const repo = createDraftRepository(createMemoryStore(), clock());
    const a = await repo.create(exampleDraft("closure"));
    const b = await repo.create({ ...emptyDraft("preliminary"), title: "B", caOwner: "Owner" }, "impact");
    expect((await repo.list()).map((d) => d.id)).toEqual([b.id, a.id]);
    expect((await repo.list())[0]).toMatchObject({ title: "B", kind: "preliminary", caOwner: "Owner" });
    expect(await repo.read(b.id)).toEqual({ ok: true, record: b });
    expect(await repo.read("nope")).toBeNull();
  });

  it("writes with compare-and-set and refuses a stale revision", async () => {
    const repo = createDraftRepository(createMemoryStore(), clock());
    const { id, draft } = await repo.create(emptyDraft());
    const first = await repo.write(id, { ...draft, title: "mine" }, "timeline", 1);
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const stale = await repo.write(id, { ...draft, title: "stale" }, "summary", 1);
    expect(stale).toEqual({ ok: false, theirs: 2 });
    const read = await repo.read(id);
    expect(read?.ok && read.record).toMatchObject({ step: "timeline", revision: 2, draft: { title: "mine" } });
    expect(await repo.write(id, { ...draft, title: "forced" }, "summary", "overwrite")).toMatchObject({ ok: true, revision: 3 });
  });

  it("keeps the posted snapshot across later writes", async () => {
    const repo = createDraftRepository(createMemoryStore(), clock());
    const { id, draft } = await repo.create({ ...emptyDraft(), title: "posted" });
    const snapshot = await repo.markAsPosted(id);
    expect(snapshot?.draft.title).toBe("posted");
    await repo.write(id, { ...draft, title: "edited after posting" }, "summary", 1);
    const read = await repo.read(id);
    expect(read?.ok && read.record.postedSnapshot).toEqual(snapshot);
    expect(read?.ok && read.record.draft.title).toBe("edited after posting");
  });

  it("lists each draft's bug and its next deadline, counted from its incident record", async () => {
    const repo = createDraftRepository(createMemoryStore(), () => Date.parse("2025-03-05T00:00Z"));
    const draft = { ...emptyDraft("preliminary"), bug: 1234567, summary: { ...emptyDraft().summary, nonComplianceIdentified: "2025-03-04T10:00Z" } };
    const { id } = await repo.create(draft);
    expect((await repo.list())[0]).toMatchObject({ bug: 1234567, next: { label: expect.stringMatching(/^Initial report/), due: Date.parse("2025-03-07T10:00Z") } });
    // Posted (the record says when): the initial report is done; an update is due within 7 days.
    const posted = { ...draft, incident: { posted: [{ kind: "preliminary" as const, at: "2025-03-05T00:00Z" }], questions: [] } };
    await repo.write(id, posted, "summary", 1);
    expect((await repo.list())[0]).toMatchObject({ next: { label: "Next update on the bug", due: Date.parse("2025-03-12T00:00Z") } });
  });

  it("gives every draft of an incident the one record: the last one written, by bug or by local id", async () => {
    const repo = createDraftRepository(createMemoryStore(), clock());
    const record = { id: "n1", becameAwareAt: "2025-03-04T10:00Z", posted: [], questions: [] };
    const prelim = await repo.create({ ...emptyDraft("preliminary"), incident: record });
    const full = await repo.create({ ...emptyDraft("full"), incident: { id: "n1", posted: [], questions: [] } });
    // The Full draft's copy had no awareness date: it joins the incident's record, and its later write reaches the Preliminary.
    expect(full.draft.incident?.becameAwareAt).toBe("2025-03-04T10:00Z");
    const later = { ...record, posted: [{ kind: "preliminary" as const, at: "2025-03-05T09:00Z" }] };
    await repo.write(full.id, { ...emptyDraft("full"), bug: 42, incident: later }, "summary", 1);
    const read = await repo.read(prelim.id);
    expect(read?.ok && read.record.draft.incident).toEqual(later);
  });

  it("moves the deadline facts an older version kept beside a draft into its record", async () => {
    const store = createMemoryStore();
    const { id } = await createDraftRepository(store, clock()).create(emptyDraft("full"));
    const repo = createDraftRepository(store, clock(), { legacyDeadlineInputs: (draftId) => (draftId === id ? { initialDisclosureAt: "2025-03-04T10:00", openQuestionAt: "2025-03-06T08:00" } : null) });
    const read = await repo.read(id);
    expect(read?.ok && read.record.draft.incident).toMatchObject({ posted: [{ kind: "preliminary", at: "2025-03-04T10:00Z" }], questions: [{ askedAt: "2025-03-06T08:00Z", answeredAt: null }] });
  });


  it("remove returns the raw record and putBack restores it exactly", async () => {
    const store = createMemoryStore();
    const repo = createDraftRepository(store, clock());
    const record = await repo.create(exampleDraft("full-no-certificates"));
    const raw = await repo.remove(record.id);
    expect(await repo.read(record.id)).toBeNull();
    expect(await repo.list()).toEqual([]);
    await repo.putBack(record.id, raw);
    expect(await repo.read(record.id)).toEqual({ ok: true, record });
    expect((await repo.list()).map((d) => d.id)).toEqual([record.id]);
  });

  it("reports a corrupt stored draft instead of throwing", async () => {
    const store = createMemoryStore([[KEYS.draft("bad"), { draft: { format: "ccadb-incident-report-draft", version: 1, kind: 3 } }]]);
    const read = await createDraftRepository(store).read("bad");
    expect(read?.ok).toBe(false);
    expect(read && !read.ok && read.problems.length).toBeGreaterThan(3);
  });

  it("turns storage failures into StorageError with a sentence", async () => {
    const repo = createDraftRepository(createUnavailableStore());
    await expect(repo.list()).rejects.toBeInstanceOf(StorageError);
    await expect(repo.list()).rejects.toThrow(/does not allow storage/);
    const full = createDraftRepository(createFullStore(createMemoryStore()));
    await expect(full.create(emptyDraft())).rejects.toThrow(/quota exceeded/);
    expect(await full.list()).toEqual([]);
  });

  it("reads a draft a newer version of the app saved (another tab), and keeps that version's fields when it writes (issue 24)", async () => {
    const store = createMemoryStore();
    const repo = createDraftRepository(store, clock());
    const { id } = await repo.create(emptyDraft("full"));
    const stored = (await store.get(`draft:${id}`)) as { draft: object };
    await store.set(`draft:${id}`, { ...stored, draft: { ...stored.draft, futureField: [1, 2], summary: { ...emptyDraft("full").summary, futureNote: "x" } } });
    const read = await repo.read(id);
    expect(read?.ok).toBe(true);
    if (!read?.ok) return;
    expect(await repo.write(id, { ...read.record.draft, title: "edited in the older tab" }, "summary", read.record.revision)).toMatchObject({ ok: true });
    expect(await store.get(`draft:${id}`)).toMatchObject({ draft: { title: "edited in the older tab", futureField: [1, 2], summary: { futureNote: "x" } } });
  });
});
