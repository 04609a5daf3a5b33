import { describe, expect, it } from "vitest";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { formatProblem } from "../domain/draft/problems.ts";
import { exampleDraft } from "../domain/examples/index.ts";
import { restoreIndex, restoreRecord } from "./restore.ts";

describe("restoreRecord", () => {
  it("restores a good record as it was", () => {
    const draft = exampleDraft("closure");
    const raw = { id: "d1", draft, step: "timeline", updatedAt: 5, revision: 3, postedSnapshot: { draft, postedAt: 4 } };
    const restored = restoreRecord(structuredClone(raw), "d1");
    expect(restored).toEqual({ ok: true, record: raw });
  });

  it("repairs an unknown step, a bad time and a bad revision", () => {
    const restored = restoreRecord({ draft: emptyDraft(), step: "nowhere", updatedAt: "x", revision: -3 }, "d2");
    expect(restored.ok && restored.record).toMatchObject({ id: "d2", step: "summary", updatedAt: 0, revision: 0 });
  });

  it("reports a corrupt draft with every problem and the raw data", () => {
    const draft = { ...emptyDraft(), kind: "final", caOwnr: "x" };
    const raw = { draft, step: "summary", updatedAt: 1, revision: 1 };
    const restored = restoreRecord(raw, "d3");
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.raw).toBe(raw);
    const lines = restored.problems.map(formatProblem);
    expect(lines.some((l) => l.startsWith("kind: "))).toBe(true);
    expect(lines.some((l) => l.includes('unknown key "caOwnr"'))).toBe(true);
  });

  it("reports data that is not a record at all, or a draft of another format", () => {
    expect(restoreRecord("garbage", "d4")).toMatchObject({ ok: false, problems: [{ path: "" }] });
    expect(restoreRecord({ draft: { format: "other" } }, "d5")).toMatchObject({ ok: false, problems: [{ path: "format" }] });
    expect(restoreRecord({ draft: { ...emptyDraft(), version: 99 } }, "d6")).toMatchObject({ ok: false, problems: [{ path: "version" }] });
  });

  it("reports a corrupt posted copy under its own path", () => {
    const restored = restoreRecord({ draft: emptyDraft(), postedSnapshot: { draft: { ...emptyDraft(), title: 3 }, postedAt: 1 } }, "d7");
    expect(restored).toMatchObject({ ok: false, problems: [{ path: "postedSnapshot.draft.title" }] });
  });
});

describe("restoreIndex", () => {
  it("keeps readable entries and drops the rest", () => {
    const index = restoreIndex({ a: { title: "T", kind: "closure", caOwner: "O", updatedAt: 3 }, b: 7, c: { kind: "weird" } });
    expect(index).toEqual({
      a: { id: "a", title: "T", kind: "closure", caOwner: "O", updatedAt: 3 },
      c: { id: "c", title: "", kind: "full", caOwner: "", updatedAt: 0 },
    });
    expect(restoreIndex(null)).toEqual({});
  });
});
