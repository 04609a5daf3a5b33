import { describe, expect, it } from "vitest";
import { bugReadingOf, incidentBug, ROOT_PROGRAM } from "../../test/bmoBug.ts";
import type { IncidentRecord } from "../draft/schema.ts";
import { mergeReading } from "./mergeReading.ts";

const reading = () => bugReadingOf(incidentBug(), Date.parse("2025-03-24T00:00Z"));

describe("mergeReading", () => {
  it("fills an empty record with what the bug shows and keeps the facts Bugzilla does not know", () => {
    const typed: IncidentRecord = { id: "n-local", becameAwareAt: "2025-02-28T08:00+01:00", posted: [], questions: [], revocationHours: 24 };
    const merged = mergeReading(typed, reading());
    expect(merged.record).toEqual({ ...reading().incident, id: "n-local", becameAwareAt: "2025-02-28T08:00+01:00", revocationHours: 24 });
    expect(merged.changes).toContain("Adds: Full report posted 2025-03-10 08:00 UTC (comment 3).");
    expect(merged.changes).toContain("Adds: question by researcher@community.example of 2025-03-22 12:00 UTC (open).");
    expect(merged.changes).toContain("Whiteboard: “[ca-compliance] [crl-failure] Next update 2025-04-02”.");
    expect(merged.changes).toContain("An action item last changed: 2025-03-14 16:45 UTC, by the update posted then.");
    expect(merged.kept).toEqual(["When the CA Owner became aware (2025-02-28 07:00 UTC): Bugzilla does not record it."]);
  });

  it("replaces the author's matching entries, keeps the others, and says nothing about what is already the same", () => {
    const typed: IncidentRecord = {
      posted: [
        { kind: "preliminary", at: "2025-03-01T09:00:12Z", comment: 0 },
        // "Mark as posted", clicked a few minutes after posting: no comment number.
        { kind: "full", at: "2025-03-10T08:05Z" },
        // Posted somewhere the bug does not show.
        { kind: "update", at: "2025-03-28T09:00Z" },
      ],
      questions: [{ askedAt: "2025-03-23T13:00Z", by: ROOT_PROGRAM, answeredAt: null }, { askedAt: "2025-03-25T10:00Z", answeredAt: null }],
      whiteboard: "[ca-compliance] Next update 2025-03-30",
      actionItemChangedAt: "2025-03-27T12:00Z",
    };
    const merged = mergeReading(typed, reading());
    expect(merged.record.posted.map((p) => [p.kind, p.comment])).toEqual([["preliminary", 0], ["full", 3], ["update", 5], ["update", 7], ["update", undefined]]);
    expect(merged.record.questions).toHaveLength(5);
    expect(merged.record.actionItemChangedAt).toBe("2025-03-27T12:00Z");
    expect(merged.changes.some((c) => c.includes("comment 0"))).toBe(false);
    expect(merged.changes).toContain("Full report posted 2025-03-10 08:00 UTC (comment 3) (was: Full report posted 2025-03-10 08:05 UTC).");
    expect(merged.changes.some((c) => c.includes("2025-03-23 13:00"))).toBe(false);
    expect(merged.changes).toContain("Whiteboard: “[ca-compliance] [crl-failure] Next update 2025-04-02” (was: “[ca-compliance] Next update 2025-03-30”).");
    expect(merged.kept).toEqual([
      "Update posted 2025-03-28 09:00 UTC: not among the public comments of bug 1900001.",
      "The question of 2025-03-25 10:00 UTC (open): not among the public comments of bug 1900001.",
      "The action item change of 2025-03-27 12:00 UTC: later than the last update on the bug that lists changes (2025-03-14 16:45 UTC).",
    ]);
  });
});
