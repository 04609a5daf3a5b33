import { describe, expect, it } from "vitest";
import { formatUtc } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import { certificate, draftOf, entry } from "../quality/testDrafts.ts";
import { computeDeadlines } from "./computeDeadlines.ts";
import type { Deadline, DeadlineId, DeadlineInput } from "./types.ts";

const at = (iso: string) => Date.parse(iso);
const base = draftOf("preliminary");

function find(deadlines: Deadline[], id: DeadlineId): Deadline {
  const found = deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no ${id} in ${deadlines.map((d) => d.id).join(", ")}`);
  return found;
}

function dueUtc(draft: Draft, input: DeadlineInput, id: DeadlineId): string {
  const { due } = find(computeDeadlines(draft, input), id);
  return due === null ? "unknown" : formatUtc(due);
}

describe("computeDeadlines: initial report (72 hours after becoming aware)", () => {
  const now = at("2025-03-01T00:00Z");

  it("counts 72 hours from a UTC time", () => {
    const d = find(computeDeadlines(base, { now, awareAt: "2025-03-04T17:20Z" }), "initial-report");
    expect(d).toEqual({
      id: "initial-report",
      label: "Initial report (Preliminary or Full)",
      due: at("2025-03-07T17:20Z"),
      basis: expect.stringMatching(/^“Within 72 hours of a CA Owner becoming aware of an incident/),
      counted: "72 hours after 2025-03-04 17:20 UTC (became aware)",
      state: "upcoming",
    });
  });

  it.each([
    // EU: CET (+01:00) until 2025-03-30 01:00 UTC, then CEST (+02:00). 72 h are 72 h, not "same wall-clock time three days later".
    ["2025-03-29T10:00+01:00", "2025-04-01 09:00 UTC"],
    ["2025-03-30T03:30+02:00", "2025-04-02 01:30 UTC"],
    // EU back to CET on 2025-10-26 01:00 UTC.
    ["2025-10-25T12:00+02:00", "2025-10-28 10:00 UTC"],
    // US: EST (-05:00) until 2025-03-09 07:00 UTC, then EDT (-04:00).
    ["2025-03-08T22:00-05:00", "2025-03-12 03:00 UTC"],
    ["2025-03-09T03:00-04:00", "2025-03-12 07:00 UTC"],
    // US back to EST on 2025-11-02 06:00 UTC.
    ["2025-11-01T23:30-04:00", "2025-11-05 03:30 UTC"],
  ])("counts across daylight-saving changes: aware %s", (awareAt, due) => {
    expect(dueUtc(base, { now, awareAt }, "initial-report")).toBe(due);
  });

  it("takes the Non-compliance identified date, a bare date counting from 00:00 UTC", () => {
    const draft: Draft = { ...base, summary: { ...base.summary, nonComplianceIdentified: "2025-03-04" } };
    expect(dueUtc(draft, { now }, "initial-report")).toBe("2025-03-07 00:00 UTC");
    expect(find(computeDeadlines(draft, { now }), "initial-report").counted).toBe("72 hours after 2025-03-04 00:00 UTC (Non-compliance identified date)");
  });

  it("takes the time of day from a timeline entry on the identified date", () => {
    const draft: Draft = {
      ...base,
      summary: { ...base.summary, nonComplianceIdentified: "2025-03-04" },
      timeline: [entry("t1", "2025-03-04T19:20+02:00", "We became aware of the incident.")],
    };
    expect(find(computeDeadlines(draft, { now }), "initial-report").counted).toBe("72 hours after 2025-03-04 17:20 UTC (Timeline entry 1)");
  });

  it("falls back to the earliest timeline entry that reads as becoming aware", () => {
    const draft: Draft = {
      ...base,
      timeline: [
        entry("t1", "2025-03-01T08:00Z", "Profile change deployed."),
        entry("t2", "2025-03-05T08:00Z", "Linter detected a second certificate."),
        entry("t3", "2025-03-04T08:00Z", "Linter detected the extension."),
      ],
    };
    expect(dueUtc(draft, { now }, "initial-report")).toBe("2025-03-07 08:00 UTC");
  });

  it("is unknown without any date, and met once a report is posted", () => {
    expect(find(computeDeadlines(base, { now }), "initial-report")).toMatchObject({ due: null, state: "unknown", counted: "72 hours after a date not known yet" });
    expect(find(computeDeadlines(base, { now, awareAt: "2025-03-04T00:00Z", initialDisclosureAt: "2025-03-05T00:00Z" }), "initial-report").state).toBe("met");
  });

  it.each([
    ["2025-03-03T00:00Z", "upcoming"],
    ["2025-03-05T17:20Z", "due-soon"],
    ["2025-03-07T17:20Z", "due-soon"],
    ["2025-03-07T17:21Z", "overdue"],
  ] as const)("at %s it is %s", (nowIso, state) => {
    expect(find(computeDeadlines(base, { now: at(nowIso), awareAt: "2025-03-04T17:20Z" }), "initial-report").state).toBe(state);
  });
});

describe("computeDeadlines: Full report (14 days after the initial disclosure)", () => {
  const now = at("2025-03-10T00:00Z");

  it.each([
    ["2025-03-05T09:00Z", "2025-03-19 09:00 UTC"],
    ["2025-03-25T12:00+01:00", "2025-04-08 11:00 UTC"],
    ["2025-10-20T12:00+02:00", "2025-11-03 10:00 UTC"],
    ["2025-03-01T12:00-05:00", "2025-03-15 17:00 UTC"],
    ["2025-10-30T12:00-04:00", "2025-11-13 16:00 UTC"],
  ])("disclosed %s: due %s", (initialDisclosureAt, due) => {
    expect(dueUtc(base, { now, initialDisclosureAt }, "full-report")).toBe(due);
  });

  it("reads the initial disclosure from the timeline", () => {
    const draft: Draft = { ...base, timeline: [entry("t1", "2025-03-05T09:00Z", "Preliminary report posted to Bugzilla.")] };
    expect(find(computeDeadlines(draft, { now }), "full-report").counted).toBe("14 days after 2025-03-05 09:00 UTC (Timeline entry 1)");
  });

  it.each([
    "We disclose the scope in the Preliminary Incident Report.",
    "We post this report.",
    "Filed the bug in Bugzilla.",
  ])("recognises the initial disclosure in %j", (event) => {
    const draft: Draft = { ...base, timeline: [entry("t1", "2025-03-05T09:00Z", event)] };
    expect(dueUtc(draft, { now }, "full-report")).toBe("2025-03-19 09:00 UTC");
  });

  it("is met in a Closure draft, with the initial report", () => {
    const closure = draftOf("closure");
    expect(computeDeadlines(closure, { now }).slice(0, 2).map((d) => d.state)).toEqual(["met", "met"]);
  });

  it("counts from the posted Preliminary report when nothing else says when the incident was disclosed", () => {
    const d = find(computeDeadlines(base, { now, lastPostedAt: "2025-03-05T09:00Z" }), "full-report");
    expect(d).toMatchObject({ due: at("2025-03-19T09:00Z"), counted: "14 days after 2025-03-05 09:00 UTC (Preliminary report posted)" });
    expect(find(computeDeadlines(draftOf("full"), { now, lastPostedAt: "2025-03-05T09:00Z" }), "full-report").due).toBeNull();
  });

  it("is met when a Full report was posted after the initial disclosure", () => {
    const full = draftOf("full");
    const input = { now, initialDisclosureAt: "2025-03-05T09:00Z", lastPostedAt: "2025-03-09T09:00Z" };
    expect(find(computeDeadlines(full, input), "full-report").state).toBe("met");
    expect(find(computeDeadlines(base, input), "full-report").state).toBe("upcoming");
  });
});

describe("computeDeadlines: updates", () => {
  const now = at("2025-03-10T00:00Z");

  it("answers to questions are due 7 days after the question, when one is open", () => {
    expect(computeDeadlines(base, { now }).map((d) => d.id)).not.toContain("answer-questions");
    expect(dueUtc(base, { now, openQuestionAt: "2025-03-08T23:30-05:00" }, "answer-questions")).toBe("2025-03-16 04:30 UTC");
  });

  it("the next update is the Whiteboard date, until 23:59 UTC", () => {
    const d = find(computeDeadlines(base, { now, nextUpdate: "2025-03-14", lastPostedAt: "2025-03-09T10:00Z" }), "next-update");
    expect(d).toMatchObject({ due: at("2025-03-14T23:59Z"), counted: "the Whiteboard “Next update” date 2025-03-14 (until 23:59 UTC)" });
  });

  it("without a Whiteboard date, 7 days after the last posted update, or after the initial disclosure", () => {
    expect(dueUtc(base, { now, lastPostedAt: "2025-03-09T10:00+01:00" }, "next-update")).toBe("2025-03-16 09:00 UTC");
    expect(dueUtc(base, { now, initialDisclosureAt: "2025-03-05T10:00Z" }, "next-update")).toBe("2025-03-12 10:00 UTC");
    expect(dueUtc(base, { now }, "next-update")).toBe("unknown");
  });

  it("is not required after a posted Closure Summary", () => {
    const d = find(computeDeadlines(draftOf("closure"), { now, lastPostedAt: "2025-03-09T10:00Z" }), "next-update");
    expect(d).toMatchObject({ state: "met", due: null, basis: expect.stringMatching(/^“After an Incident Closure Summary has been posted/) });
  });

  it("3 days after an action item changes, met once an update is posted after it", () => {
    expect(computeDeadlines(base, { now }).map((d) => d.id)).not.toContain("action-item-update");
    expect(dueUtc(base, { now, lastActionItemChangeAt: "2025-03-29T23:00+01:00" }, "action-item-update")).toBe("2025-04-01 22:00 UTC");
    const reported = find(computeDeadlines(base, { now, lastActionItemChangeAt: "2025-03-08T10:00Z", lastPostedAt: "2025-03-09T10:00Z" }), "action-item-update");
    expect(reported.state).toBe("met");
  });

  it("revocation-delay reports: every 3 days SHOULD, 7 days MUST, from the last update", () => {
    const draft: Draft = { ...base, revocationDelay: true };
    const input = { now, lastPostedAt: "2025-11-01T20:00-04:00" };
    expect(dueUtc(draft, input, "revocation-delay-update")).toBe("2025-11-05 00:00 UTC");
    expect(dueUtc(draft, input, "revocation-delay-update-max")).toBe("2025-11-09 00:00 UTC");
    expect(computeDeadlines(base, input).map((d) => d.id)).not.toContain("revocation-delay-update");
  });
});

describe("computeDeadlines: BR revocation deadline", () => {
  const now = at("2025-03-05T00:00Z");
  const withCerts: Draft = { ...base, impact: { ...base.impact, totalCertificates: 3 } };

  it("is 5 days after becoming aware by default, 24 hours on request", () => {
    const five = find(computeDeadlines(withCerts, { now, awareAt: "2025-03-29T12:00+01:00" }), "br-revocation");
    expect(five).toMatchObject({ label: "Revocation of affected certificates (BR 4.9.1.1, 5 days)", due: at("2025-04-03T11:00Z"), counted: "5 days after 2025-03-29 11:00 UTC (became aware)" });
    expect(dueUtc(withCerts, { now, awareAt: "2025-03-08T22:00-05:00", revocationDeadlineHours: 24 }, "br-revocation")).toBe("2025-03-10 03:00 UTC");
  });

  it("applies only when certificates are affected, and is met when all are revoked or expired", () => {
    expect(computeDeadlines(base, { now, awareAt: "2025-03-04T00:00Z" }).map((d) => d.id)).toEqual(["initial-report", "full-report", "next-update"]);
    const revoked: Draft = { ...base, appendix: { ...base.appendix, certificates: [certificate({ revoked: "Yes" }), certificate({ revoked: "N/A" })] } };
    expect(find(computeDeadlines(revoked, { now, awareAt: "2025-03-04T00:00Z" }), "br-revocation").state).toBe("met");
    const pending: Draft = { ...base, appendix: { ...base.appendix, certificates: [certificate({ revoked: "Yes" }), certificate({ revoked: "Delayed" })] } };
    expect(find(computeDeadlines(pending, { now, awareAt: "2025-03-04T00:00Z" }), "br-revocation").state).toBe("upcoming");
  });
});
