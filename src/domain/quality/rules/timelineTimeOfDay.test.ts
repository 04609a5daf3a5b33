import { describe, expect, it } from "vitest";
import { draftOf, entry } from "../testDrafts.ts";
import { timelineTimeOfDay } from "./timelineTimeOfDay.ts";

describe("timelineTimeOfDay", () => {
  it("warns on entries dated to the day only", () => {
    const draft = draftOf("full", {
      timeline: [
        entry("t1", "2025-03-04T17:20Z", "Bug introduced"),
        entry("t2", " 2025-03-05 ", "Report received"),
        entry("t3", "2025-03-06T09:00+01:00", "Fix deployed"),
        entry("t4", "", "Not dated yet"),
        entry("t5", "2025-03-06T09:00", "No offset: a readiness error"),
      ],
    });
    expect(timelineTimeOfDay(draft)).toEqual([
      {
        rule: "timeline-time-of-day",
        path: "timeline[1].at",
        message: "Timeline entry 2 has a date but no time of day (2025-03-05). Give the time to the minute with its UTC offset, e.g. 2025-03-05T14:30Z.",
        guideline:
          "“All times MUST be in UTC or UTC+local offset, and SHOULD have at least minute-level granularity.” (CCADB Incident Reporting Guidelines v3.2, Timeline)",
      },
    ]);
  });

  it("only reviews Full reports", () => {
    expect(timelineTimeOfDay(draftOf("preliminary", { timeline: [entry("t1", "2025-03-05", "x")] }))).toEqual([]);
  });
});
