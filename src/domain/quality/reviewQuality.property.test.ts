import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyDraftWithAsWritten as anyDraft } from "../../test/arbitraries.ts";
import { computeDeadlines } from "../deadlines/computeDeadlines.ts";
import { deadlinesToIcs } from "../deadlines/ics/deadlinesToIcs.ts";
import { renderUpdateComment } from "../updates/renderUpdateComment.ts";
import { closureChecklist } from "../closure/closureChecklist.ts";
import { prefillClosure } from "../closure/prefillClosure.ts";
import { reviewQuality } from "./reviewQuality.ts";

const now = Date.parse("2025-06-01T00:00Z");

describe("on any draft", () => {
  it("review, deadlines, update comment and closure never throw and are deterministic", () => {
    fc.assert(
      fc.property(anyDraft, anyDraft, (draft, posted) => {
        const context = { now, renderedLength: 70_000, posted: { totalCertificates: posted.impact.totalCertificates, postedAt: now } };
        expect(reviewQuality(draft, context)).toEqual(reviewQuality(structuredClone(draft), context));
        const deadlines = computeDeadlines(draft, draft.incident ?? { posted: [], questions: [] }, now);
        const ics = deadlinesToIcs(deadlines, draft, now);
        for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(renderUpdateComment(draft, posted, { now, nextUpdate: "2025-06-08" })).toMatch(/\*\*Next update:\*\* 2025-06-08\n$/);
        prefillClosure(draft);
        closureChecklist(draft, now, { noOpenQuestions: true });
      }),
      { numRuns: 150 },
    );
  });
});
