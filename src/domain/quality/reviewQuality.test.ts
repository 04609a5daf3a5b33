import { describe, expect, it } from "vitest";
import type { Draft } from "../draft/schema.ts";
import { reviewQuality } from "./reviewQuality.ts";
import { actionItem, draftOf, entry, rootCause } from "./testDrafts.ts";
import { RULE_IDS } from "./types.ts";

const now = Date.parse("2025-04-01T12:00Z");

function weakReport(): Draft {
  const draft = draftOf("full");
  return {
    ...draft,
    summary: {
      ...draft.summary,
      incidentDescription: "A minor issue reported by John Smith. There is no security impact.",
      source: "Third Party Reported",
      nonComplianceEnd: "2025-03-05",
      nonComplianceEndExpected: true,
    },
    timeline: [entry("t1", "2025-03-04", "Something happened.")],
    rootCauses: [rootCause("rc1", { description: "Human error." }), rootCause("rc2", { description: "We issued certificates with an invalid extension." })],
    lessons: { wentWell: [], didNotGoWell: [], gotLucky: [{ id: "l1", text: "A researcher noticed it." }], additional: [] },
    actionItems: [actionItem("a1", { description: "Retrain staff", kind: "Detect", evaluationCriteria: "No recurrence", dueDate: "2025-03-20", addresses: ["rc1"] })],
    appendix: { ...draft.appendix, text: "We will update this bug 6 months from now." },
  };
}

function goodReport(): Draft {
  const draft = draftOf("full");
  return {
    ...draft,
    summary: { ...draft.summary, incidentDescription: "We issued 12 certificates with an extra extension.", source: "Self Reported" },
    timeline: [
      entry("t1", "2025-02-01T10:00Z", "A profile change introduced the extension; first affected certificate issued."),
      entry("t2", "2025-03-04T09:00Z", "Our linter detected the extension."),
      entry("t3", "2025-03-05T09:00Z", "Scope determined and preliminary report posted."),
    ],
    relatedIncidents: [{ id: "r1", bug: 1900129, date: "2024-05-30", description: "Similar profile error" }],
    rootCauses: [rootCause("rc1", { description: "The profile was edited by hand without review." })],
    actionItems: [actionItem("a1", { addresses: ["rc1"], description: "Add a pre-issuance lint that blocks the extension", dueDate: "2025-06-01" })],
  };
}

describe("reviewQuality", () => {
  it("runs every rule, in RULE_IDS order", () => {
    // Some rules exclude each other (no Prevent item at all / only training as Prevent; Full / Preliminary),
    // so four weak reports between them trip every rule; template-version follows the versions data (its own test).
    const training = weakReport();
    training.actionItems[0].kind = "Prevent";
    training.impact.totalCertificates = 5;
    const reports: Draft[] = [weakReport(), training, { ...weakReport(), kind: "preliminary" }, { ...weakReport(), securitySensitive: true }];
    const context = { now, renderedLength: 70_000, posted: { totalCertificates: 3, postedAt: now } };
    const seen = new Set<string>();
    for (const report of reports) {
      const rules = reviewQuality(report, context).map((w) => w.rule);
      expect([...new Set(rules)]).toEqual(RULE_IDS.filter((id) => rules.includes(id)));
      for (const rule of rules) seen.add(rule);
    }
    expect(seen).toEqual(new Set(RULE_IDS.filter((id) => id !== "template-version")));
  });

  it("has nothing to say about a sound report", () => {
    expect(reviewQuality(goodReport(), { now, renderedLength: 5_000 })).toEqual([]);
  });

  it("fixing one problem removes its warning only", () => {
    const before = reviewQuality(weakReport(), { now, renderedLength: 5_000 });
    const fixed = weakReport();
    fixed.actionItems[0].status = "Delayed";
    const after = reviewQuality(fixed, { now, renderedLength: 5_000 });
    expect(before.filter((w) => w.rule !== "past-due-ongoing")).toEqual(after);
    expect(before.length - after.length).toBe(1);
  });

  it("only reads what a Preliminary report shows", () => {
    const preliminary: Draft = { ...weakReport(), kind: "preliminary" };
    expect(reviewQuality(preliminary, { now, renderedLength: 5_000 }).map((w) => `${w.rule} ${w.path}`)).toEqual([
      "unsubstantiated-claim summary.incidentDescription",
      "posturing summary.incidentDescription",
      "reporter-privacy summary.incidentDescription",
      "initial-report-musts summary.incidentDescription",
      "initial-report-musts summary.incidentDescription",
    ]);
  });
});
