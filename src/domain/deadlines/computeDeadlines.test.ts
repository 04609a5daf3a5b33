/**
 * The guidelines' deadlines (v3.2, "When are reports expected?", "When are
 * reports updated?", "How are reports closed?") with worked dates: each rule,
 * both sides of each boundary, daylight-saving changes, a third party's
 * report and a Closure.
 */
import { describe, expect, it } from "vitest";
import { formatUtc } from "../draft/datetime.ts";
import type { Draft, IncidentRecord } from "../draft/schema.ts";
import { actionItem, certificate, draftOf, entry } from "../quality/testDrafts.ts";
import { computeDeadlines, nextDeadline } from "./computeDeadlines.ts";
import type { Deadline, DeadlineId } from "./types.ts";

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
const record = (patch: Partial<IncidentRecord> = {}): IncidentRecord => ({ posted: [], questions: [], ...patch });
const AWARE = record({ becameAwareAt: "2025-10-01T08:00Z" });

function find(deadlines: Deadline[], id: DeadlineId): Deadline {
  const found = deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no ${id} in ${deadlines.map((d) => d.id).join(", ")}`);
  return found;
}

function deadline(draft: Draft, rec: IncidentRecord, id: DeadlineId, now = at("2025-10-01T09:00Z")): Deadline {
  return find(computeDeadlines(draft, rec, now), id);
}

const due = (d: Deadline) => (d.due === null ? null : formatUtc(d.due));

describe("the initial report: 72 hours after the CA Owner became aware", () => {
  const prelim = draftOf("preliminary");

  it("counts 72 hours from the incident record's date, and names where it came from", () => {
    const d = deadline(prelim, AWARE, "preliminary");
    expect(due(d)).toBe("2025-10-04 08:00 UTC");
    expect(d.state).toBe("open");
    expect(d.counted).toBe("72 hours after 2025-10-01 08:00 UTC (became aware: the incident record)");
    expect(d.basis).toMatch(/^“Within 72 hours of a CA Owner becoming aware of an incident/);
    expect(d.ask).toBeNull();
  });

  it("is open a minute before, overdue a minute after", () => {
    const dueAt = at("2025-10-04T08:00Z");
    expect(deadline(prelim, AWARE, "preliminary", dueAt - MINUTE).state).toBe("open");
    expect(deadline(prelim, AWARE, "preliminary", dueAt + MINUTE).state).toBe("overdue");
  });

  it.each([
    // Europe/Berlin: CET (+01:00) until 2026-03-29 01:00 UTC, then CEST (+02:00). 72 hours are 72 hours, not the same wall-clock time.
    ["2026-03-28T10:00+01:00", "2026-03-31 09:00 UTC"],
    ["2026-03-29T03:30+02:00", "2026-04-01 01:30 UTC"],
    // Back to CET on 2026-10-25 01:00 UTC.
    ["2026-10-24T12:00+02:00", "2026-10-27 10:00 UTC"],
  ])("across a daylight-saving change: aware %s -> due %s", (aware, expected) => {
    expect(due(deadline(prelim, record({ becameAwareAt: aware }), "preliminary"))).toBe(expected);
  });

  it("asks when the CA Owner became aware when nothing says it, and gives no date", () => {
    const d = deadline(prelim, record(), "preliminary");
    expect(d.due).toBeNull();
    expect(d.state).toBe("open");
    expect(d.ask?.fact).toBe("becameAwareAt");
    expect(d.ask?.question).toMatch(/^When did you become aware of the incident\?/);
  });

  it("uses the report's Non-compliance identified date when the record has none, and says so", () => {
    const draft = draftOf("full", { summary: { ...draftOf("full").summary, nonComplianceIdentified: "2025-10-02T10:00Z" } });
    expect(deadline(draft, record(), "preliminary").counted).toBe("72 hours after 2025-10-02 10:00 UTC (became aware: the report's Non-compliance identified date)");
  });

  it("where the record and the report differ, counts the earlier and says why", () => {
    const draft = draftOf("full", { summary: { ...draftOf("full").summary, nonComplianceIdentified: "2025-09-30T10:00Z" } });
    const d = deadline(draft, AWARE, "preliminary");
    expect(due(d)).toBe("2025-10-03 10:00 UTC");
    expect(d.notes[0]).toMatch(/the earlier is counted/);
  });

  it("is done only once a first report is posted: an unposted draft is not", () => {
    expect(deadline(prelim, AWARE, "preliminary").state).toBe("open");
    const posted = record({ ...AWARE, posted: [{ kind: "preliminary", at: "2025-10-02T09:30+02:00", comment: 0 }] });
    const d = deadline(prelim, posted, "preliminary");
    expect(d.state).toBe("done");
    expect(d.counted).toBe("Preliminary report posted 2025-10-02 07:30 UTC (comment 0)");
  });

  it("a Full report posted first is the initial report too", () => {
    expect(deadline(draftOf("full"), record({ ...AWARE, posted: [{ kind: "full", at: "2025-10-03T08:00Z" }] }), "preliminary").state).toBe("done");
  });
});

describe("the Full report: 14 days after the initial incident disclosure, i.e. becoming aware", () => {
  const full = draftOf("full");
  const prelimPosted = record({ ...AWARE, posted: [{ kind: "preliminary", at: "2025-10-03T12:00Z" }] });

  it("counts from becoming aware, not from the Preliminary's posting, and shows the later reading in a note", () => {
    const d = deadline(full, prelimPosted, "full");
    expect(due(d)).toBe("2025-10-15 08:00 UTC");
    expect(d.notes.join(" ")).toContain("counted from the first report's posting (2025-10-03 12:00 UTC) it would be 2025-10-17 12:00 UTC. The earlier date is shown.");
  });

  it("is open a minute before and overdue a minute after", () => {
    const dueAt = at("2025-10-15T08:00Z");
    expect(deadline(full, prelimPosted, "full", dueAt - MINUTE).state).toBe("open");
    expect(deadline(full, prelimPosted, "full", dueAt + MINUTE).state).toBe("overdue");
  });

  it("without the awareness date, asks for it and bounds it by the first posting", () => {
    const d = deadline(full, record({ posted: [{ kind: "preliminary", at: "2025-10-03T12:00Z" }] }), "full");
    expect(d.due).toBeNull();
    expect(d.ask?.fact).toBe("becameAwareAt");
    expect(d.notes[0]).toContain("it would be 2025-10-17 12:00 UTC; becoming aware came before that");
  });

  it("is done when the Full report is posted (or a Closure is)", () => {
    const posted = record({ ...prelimPosted, posted: [...prelimPosted.posted, { kind: "full", at: "2025-10-10T08:00Z", comment: 4 }] });
    expect(deadline(full, posted, "full")).toMatchObject({ state: "done", counted: "Full report posted 2025-10-10 08:00 UTC (comment 4)" });
  });
});

describe("updates: the Whiteboard's date, else 7 days; 3 days after an action item change; whichever comes first", () => {
  const full = draftOf("full");
  const posted = record({ ...AWARE, posted: [{ kind: "preliminary", at: "2025-10-02T08:00Z" }, { kind: "full", at: "2025-10-10T08:00Z" }] });

  it("starts only once something is posted", () => {
    expect(deadline(full, AWARE, "update").state).toBe("not-applicable");
  });

  it("7 days after the last posting without a Whiteboard date", () => {
    const d = deadline(full, posted, "update");
    expect(due(d)).toBe("2025-10-17 08:00 UTC");
    expect(d.counted).toBe("7 days after 2025-10-10 08:00 UTC (Full report posted: the incident record)");
    expect(deadline(full, posted, "update", at("2025-10-17T08:01Z")).state).toBe("overdue");
  });

  it.each([
    ["Next update 2025-10-20", "2025-10-20"],
    ["[ca-compliance] Next update 20-Oct-2025", "2025-10-20"],
    ["Next update at 20.10.2025", "2025-10-20"],
  ])("the Whiteboard's date replaces the 7 days, until the end of that day in UTC: %s", (whiteboard, date) => {
    const d = deadline(full, { ...posted, whiteboard }, "update");
    expect(d.dueDate).toBe(date);
    expect(due(d)).toBe(`${date} 23:59 UTC`);
  });

  it("a Whiteboard date with two readings is asked, never guessed: the 7 days are shown meanwhile", () => {
    const d = deadline(full, { ...posted, whiteboard: "Next update 12.11.2025" }, "update");
    expect(d.ask).toEqual({ fact: "whiteboard", question: expect.stringContaining("can be 2025-11-12 or 2025-12-11") });
    expect(due(d)).toBe("2025-10-17 08:00 UTC");
  });

  it("3 days after an action item change made after the last posting, when that is earlier", () => {
    const changed = { ...posted, whiteboard: "Next update 2025-10-30", actionItemChangedAt: "2025-10-12T10:00Z" };
    const d = deadline(full, changed, "update");
    expect(due(d)).toBe("2025-10-15 10:00 UTC");
    expect(d.counted).toBe("3 days after 2025-10-12 10:00 UTC (action item changed: the incident record)");
    // A change already reported (before the last posting) counts no more.
    expect(due(deadline(full, { ...changed, actionItemChangedAt: "2025-10-09T10:00Z" }, "update"))).toBe("2025-10-30 23:59 UTC");
  });

  it("with a revocation delay: SHOULD every 3 days, MUST at most 7 whatever the Whiteboard says, with what to say", () => {
    const delayed = { ...posted, whiteboard: "[leaf-revocation-delay] Next update 2025-10-30" };
    expect(due(deadline(full, delayed, "update"))).toBe("2025-10-17 08:00 UTC");
    const should = deadline(full, delayed, "revocation-update");
    expect(due(should)).toBe("2025-10-13 08:00 UTC");
    expect(should.notes[0]).toContain("the number of certificates that have been revoked");
    expect(computeDeadlines(full, posted, at("2025-10-11T00:00Z")).map((d) => d.id)).not.toContain("revocation-update");
  });
});

describe("questions: a response within 7 days", () => {
  it("one deadline per open question; an answered one is gone", () => {
    const rec = record({
      ...AWARE,
      questions: [
        { askedAt: "2025-10-05T09:00Z", by: "Ben Wilson", answeredAt: null },
        { askedAt: "2025-10-03T09:00Z", by: "A reviewer", answeredAt: "2025-10-04T09:00Z" },
      ],
    });
    const responses = computeDeadlines(draftOf("full"), rec, at("2025-10-06T00:00Z")).filter((d) => d.id === "response");
    expect(responses.map((d) => [d.label, due(d), d.state])).toEqual([["Respond to the question by Ben Wilson of 2025-10-05 09:00 UTC", "2025-10-12 09:00 UTC", "open"]]);
    expect(find(computeDeadlines(draftOf("full"), rec, at("2025-10-12T09:01Z")), "response").state).toBe("overdue");
  });
});

describe("closure: nothing further after a Closure Summary, unless a question is open", () => {
  const closureDraft = draftOf("closure", { actionItems: [actionItem("a1", { status: "Complete" })] });
  const closed = record({
    ...AWARE,
    posted: [
      { kind: "preliminary", at: "2025-10-02T08:00Z" },
      { kind: "full", at: "2025-10-10T08:00Z" },
      { kind: "closure", at: "2025-11-20T08:00Z", comment: 12 },
    ],
  });

  it("before posting, the Closure is due now that every action item is done", () => {
    const d = deadline(closureDraft, { ...closed, posted: closed.posted.slice(0, 2) }, "closure");
    expect(d).toMatchObject({ state: "open", due: null });
  });

  it("after posting: updates not applicable, the closure done, questions still answered", () => {
    const rec = { ...closed, questions: [{ askedAt: "2025-11-21T08:00Z", answeredAt: null }] };
    const all = computeDeadlines(closureDraft, rec, at("2025-11-22T00:00Z"));
    expect(find(all, "update").state).toBe("not-applicable");
    expect(find(all, "closure")).toMatchObject({ state: "done", counted: expect.stringContaining("Closure Summary posted 2025-11-20 08:00 UTC (comment 12)") });
    expect(due(find(all, "response"))).toBe("2025-11-28 08:00 UTC");
    expect(nextDeadline(all)?.id).toBe("response");
  });
});

describe("revocation: 24 hours or 5 days after becoming aware (TLS BR 4.9.1.1)", () => {
  const affected = draftOf("full", { impact: { ...draftOf("full").impact, totalCertificates: 40 } });

  it("5 days by default, 24 hours when the record says so; done when every certificate is revoked", () => {
    expect(due(deadline(affected, AWARE, "revocation"))).toBe("2025-10-06 08:00 UTC");
    expect(due(deadline(affected, { ...AWARE, revocationHours: 24 }, "revocation"))).toBe("2025-10-02 08:00 UTC");
    const revoked = { ...affected, appendix: { ...affected.appendix, certificates: [certificate({ revoked: "Yes" })] } };
    expect(deadline(revoked, AWARE, "revocation").state).toBe("done");
  });

  it("is not listed when no certificate is affected", () => {
    expect(computeDeadlines(draftOf("full"), AWARE, at("2025-10-02T00:00Z")).map((d) => d.id)).not.toContain("revocation");
  });
});

describe("a third party's report", () => {
  it("has none of the CA Owner's deadlines", () => {
    expect(computeDeadlines(draftOf("preliminary", { author: "third-party" }), AWARE, at("2025-10-02T00:00Z"))).toEqual([]);
  });
});

describe("the timeline as a source", () => {
  it("a timeline entry that reads as becoming aware is used when nothing else says it", () => {
    const draft = draftOf("full", { timeline: [entry("t1", "2025-10-01T06:00Z", "We became aware of the issue through a report.")] });
    expect(deadline(draft, record(), "preliminary").counted).toBe("72 hours after 2025-10-01 06:00 UTC (became aware: the report's Timeline entry 1)");
  });
});
