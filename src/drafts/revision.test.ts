import { describe, expect, it } from "vitest";
import { decideWrite, isNewerRevision, storedRevision } from "./revision.ts";

describe("decideWrite (compare-and-set)", () => {
  it("writes the next revision when nothing changed since", () => {
    expect(decideWrite({ revision: 3 }, 3)).toEqual({ write: true, revision: 4 });
  });
  it("refuses when another tab wrote since", () => {
    expect(decideWrite({ revision: 5 }, 3)).toEqual({ write: false, theirs: 5 });
  });
  it("writes a draft that is not stored (new, or deleted in another tab)", () => {
    expect(decideWrite(undefined, 0)).toEqual({ write: true, revision: 1 });
    expect(decideWrite(undefined, 7)).toEqual({ write: true, revision: 1 });
  });
  it("overwrites after the user chose to keep their version", () => {
    expect(decideWrite({ revision: 9 }, "overwrite")).toEqual({ write: true, revision: 10 });
  });
  it("reads a missing or broken revision as 0", () => {
    expect(storedRevision({})).toBe(0);
    expect(storedRevision({ revision: "2" })).toBe(0);
    expect(storedRevision(null)).toBe(0);
    expect(decideWrite({ revision: -1 }, 0)).toEqual({ write: true, revision: 1 });
  });
  it("only a newer announced revision is news", () => {
    expect(isNewerRevision(4, 3)).toBe(true);
    expect(isNewerRevision(3, 3)).toBe(false);
  });
});
