import { describe, expect, it } from "vitest";
import { draftOf, entry, rootCause } from "../testDrafts.ts";
import { rootCauseIntroduced } from "./rootCauseIntroduced.ts";

function full(events: string[]) {
  return draftOf("full", { rootCauses: [rootCause("rc1")], timeline: events.map((e, i) => entry(`t${i}`, `2025-09-1${i}T10:00Z`, e)) });
}

describe("root-cause-introduced", () => {
  it("flags a timeline that starts at discovery", () => {
    const [w] = rootCauseIntroduced(full(["A community member reports three certificates.", "We confirm the problem and stop issuance.", "Issuance resumes."]));
    expect(w.path).toBe("timeline");
    expect(w.message).toMatch(/^No timeline entry says when the root cause was introduced\. Add an entry, with its time/);
    expect(w.guideline).toContain("All policy, process, and software changes that contributed to the Root Cause(s)");
  });

  it.each([
    "A redesign of the validation form replaces the drop-down list with a text box.",
    "Version 4.2 of the issuance software goes into production.",
    "Ballot SC-081 took effect, shortening the maximum validity.",
    "The EV lints are switched off after a false positive.",
  ])("leaves a timeline with a change in it alone: %s", (event) => {
    expect(rootCauseIntroduced(full([event, "A community member reports three certificates."]))).toEqual([]);
  });

  it("says nothing of an empty timeline or a report without root causes", () => {
    expect(rootCauseIntroduced(full([]))).toEqual([]);
    expect(rootCauseIntroduced({ ...full(["We confirm the problem."]), rootCauses: [] })).toEqual([]);
  });
});
