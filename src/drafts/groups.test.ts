import { describe, expect, it } from "vitest";
import { groupDrafts } from "./groups.ts";
import type { DraftSummary } from "./record.ts";

const summary = (id: string, patch: Partial<DraftSummary>): DraftSummary => ({ id, title: "Bad encoding", kind: "full", caOwner: "Example CA", updatedAt: 1, ...patch });

describe("groupDrafts", () => {
  it("puts the drafts of one bug together, in the order they are posted", () => {
    const groups = groupDrafts([
      summary("closure", { kind: "closure", bug: 1234567, updatedAt: 30 }),
      summary("other", { title: "Other incident", updatedAt: 20 }),
      summary("prelim", { kind: "preliminary", bug: 1234567, title: "Old title", updatedAt: 5 }),
      summary("full", { kind: "full", bug: 1234567, updatedAt: 10 }),
    ]);
    expect(groups.map((g) => [g.label, g.drafts.map((d) => d.id)])).toEqual([
      ["Bug 1234567", ["prelim", "full", "closure"]],
      ["Example CA: Other incident", ["other"]],
    ]);
    expect(groups[0].bug).toBe(1234567);
  });

  it("without a bug number, groups by the Summary line, ignoring case and spaces around it", () => {
    const groups = groupDrafts([summary("a", { title: "Bad encoding " }), summary("b", { caOwner: "example ca", title: "bad encoding", kind: "preliminary" }), summary("c", { bug: 5, updatedAt: 0 })]);
    expect(groups.map((g) => g.drafts.map((d) => d.id))).toEqual([["b", "a"], ["c"]]);
    expect(groups[0].bug).toBeNull();
  });
});
