import { describe, expect, it } from "vitest";
import { readyDraft } from "./readyDraft.ts";
import { DraftSchema } from "./schema.ts";
import { splitUnknownKeys, withUnknownKeys } from "./unknownKeys.ts";

describe("keys a newer version added", () => {
  const newer = { ...readyDraft("full"), futureField: { a: 1 }, summary: { ...readyDraft("full").summary, futureNote: "kept" } };

  it("are taken out, with where they were, and the rest reads as a draft", () => {
    const { known, unknown } = splitUnknownKeys(newer);
    expect(DraftSchema.safeParse(known).success).toBe(true);
    expect(unknown).toEqual(
      expect.arrayContaining([
        { path: [], key: "futureField", value: { a: 1 } },
        { path: ["summary"], key: "futureNote", value: "kept" },
      ]),
    );
  });

  it("go back where they were when this version writes the draft, its own edits kept", () => {
    const { known, unknown } = splitUnknownKeys(newer);
    const edited = { ...DraftSchema.parse(known), title: "Edited here" };
    const written = withUnknownKeys(edited, unknown);
    expect(written).toMatchObject({ title: "Edited here", futureField: { a: 1 }, summary: { futureNote: "kept" } });
  });

  it("leave every other problem for the schema", () => {
    const { known, unknown } = splitUnknownKeys({ ...readyDraft("full"), title: 42 });
    expect(unknown).toEqual([]);
    expect(DraftSchema.safeParse(known).success).toBe(false);
  });
});
