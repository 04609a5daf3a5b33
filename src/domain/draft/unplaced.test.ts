import { describe, expect, it } from "vitest";
import { emptyDraft } from "./newDraft.ts";
import { DraftSchema, type Draft } from "./schema.ts";
import { discardUnplaced, moveUnplaced, placeTargets, undoUnplaced } from "./unplaced.ts";

function withPieces(): Draft {
  const draft = emptyDraft("full");
  draft.summary.incidentDescription = "First paragraph.";
  draft.unplaced = [
    { id: "u1", heading: "Background", line: 3, text: "Our CA runs two issuing CAs." },
    { id: "u2", heading: "Summary", line: 9, text: "We will post a full report soon." },
  ];
  return draft;
}

describe("pieces of an imported report not placed yet", () => {
  it("offers the report's text fields by their section and label", () => {
    const labels = placeTargets("full").map((t) => t.label);
    expect(labels).toContain("Summary \u203a Incident description");
    expect(labels).toContain("Impact \u203a Additional considerations");
    expect(labels).not.toContain("Summary \u203a Source of incident disclosure");
    expect(placeTargets("preliminary").map((t) => t.key)).not.toContain("impact.analysis");
  });

  it("moves a piece into a field as a new paragraph, and undo puts both back", () => {
    const draft = withPieces();
    const moved = moveUnplaced(draft, "u2", "summary.incidentDescription");
    expect(moved?.draft.summary.incidentDescription).toBe("First paragraph.\n\nWe will post a full report soon.");
    expect(moved?.draft.unplaced?.map((p) => p.id)).toEqual(["u1"]);
    expect(DraftSchema.safeParse(moved?.draft).success).toBe(true);
    if (!moved) return;
    expect(undoUnplaced(moved.draft, moved.undo)).toEqual(draft);
  });

  it("replaces an N/A or empty field, discards with undo, and drops the list when it is empty", () => {
    const draft = withPieces();
    draft.impact.additionalConsiderations = "N/A";
    expect(moveUnplaced(draft, "u1", "impact.additionalConsiderations")?.draft.impact.additionalConsiderations).toBe("Our CA runs two issuing CAs.");
    const one = discardUnplaced(draft, "u1");
    const none = one && discardUnplaced(one.draft, "u2");
    expect(none?.draft.unplaced).toBeUndefined();
    if (!one || !none) return;
    expect(undoUnplaced(undoUnplaced(none.draft, none.undo), one.undo)).toEqual(draft);
  });
});
