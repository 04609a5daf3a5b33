import { describe, expect, it } from "vitest";
import type { Draft } from "../../draft/schema.ts";
import { certificate, draftOf, entry } from "../testDrafts.ts";
import { missingTimelineElements, timelineElements } from "./timelineElements.ts";

const base = draftOf("full");

function incident(events: string[], patch: Partial<Draft> = {}): Draft {
  return { ...base, timeline: events.map((event, i) => entry(`t${i}`, "2025-03-04T10:00Z", event)), ...patch };
}

const COMPLETE = [
  "A profile change introduced the extra extension.",
  "First affected certificate issued.",
  "We received a Certificate Problem Report from a community member.",
  "Our team confirmed the issue and became aware of the incident.",
  "Issuance stopped for the affected profile.",
  "Fix deployed to production.",
  "Issuance resumed with the corrected profile.",
  "Scope of the incident determined: 1,024 certificates; preliminary report posted.",
  "Revocation of all affected certificates completed.",
];

const thirdPartyStoppedEnded: Partial<Draft> = {
  summary: { ...base.summary, source: "Third Party Reported", nonComplianceEnd: "2025-03-05" },
  impact: { ...base.impact, issuanceStopped: "Yes", totalCertificates: 1024 },
};

describe("timelineElements", () => {
  it("finds nothing missing in a complete timeline", () => {
    expect(missingTimelineElements(incident(COMPLETE, thirdPartyStoppedEnded))).toEqual([]);
  });

  it("names each missing element, quoting its guideline bullet", () => {
    const draft = incident(["Something happened."], thirdPartyStoppedEnded);
    expect(missingTimelineElements(draft)).toEqual([
      "began",
      "aware",
      "problemReport",
      "scope",
      "issuanceStopped",
      "issuanceResumed",
      "ended",
      "revocation",
    ]);
    expect(timelineElements(draft)[0]).toEqual({
      rule: "timeline-elements",
      path: "timeline",
      message:
        "The timeline does not seem to show when the incident began. Add an entry with its time, or ignore this if the event is already there in other words.",
      guideline:
        "“The time at which the incident began” (CCADB Incident Reporting Guidelines v3.2, Timeline: Expected Timeline elements)",
    });
  });

  it("only expects what applies: no problem report when self-reported, no resumption or end while ongoing, no revocation without certificates", () => {
    const draft = incident(["Something happened."]);
    expect(missingTimelineElements(draft)).toEqual(["began", "aware", "scope"]);
    const stillOngoing = incident(["Issuance paused."], {
      impact: { ...base.impact, issuanceStopped: "Yes" },
      summary: { ...base.summary, nonComplianceEnd: "2025-04-01", nonComplianceEndExpected: true },
    });
    expect(missingTimelineElements(stillOngoing)).toEqual(["began", "aware", "scope"]);
  });

  it("expects revocation with revocation-delay or listed certificates, and accepts a planned date", () => {
    const delayed = incident(["Something happened."], { revocationDelay: true });
    expect(missingTimelineElements(delayed)).toContain("revocation");
    const listed = incident(["Something happened."], { appendix: { ...base.appendix, certificates: [certificate()] } });
    expect(missingTimelineElements(listed)).toContain("revocation");
    const planned = incident(["Revocation of the remaining certificates expected by 2025-03-20."], { revocationDelay: true });
    expect(missingTimelineElements(planned)).not.toContain("revocation");
  });

  it("is silent on an empty timeline (a readiness error) and on other kinds", () => {
    expect(timelineElements(base)).toEqual([]);
    expect(timelineElements({ ...incident(["x"]), kind: "preliminary" })).toEqual([]);
  });
});
