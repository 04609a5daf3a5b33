import { describe, expect, it } from "vitest";
import { closureChecklist } from "../closure/closureChecklist.ts";
import { exampleDraft } from "../examples/index.ts";
import { FIELDS, SECTION_IDS } from "./catalogue.ts";
import { emptyDraft } from "./newDraft.ts";
import { problemSection, type Problem } from "./problems.ts";
import { checkReadiness, isReady, sectionOfProblem } from "./readiness.ts";
import { readyDraft } from "./readyDraft.ts";
import type { Author, Draft, ReportKind } from "./schema.ts";

/** The problems of a ready draft after one change. */
function after(change: (draft: Draft) => void, kind: ReportKind = "full", author: Author = "ca-owner"): Problem[] {
  const draft = readyDraft(kind, author);
  change(draft);
  return checkReadiness(draft);
}

function paths(problems: Problem[]): string[] {
  return problems.map((p) => p.path);
}

/** Exactly one problem, at this path, with a message matching. */
function expectOne(problems: Problem[], path: string, message?: RegExp): void {
  expect(paths(problems)).toEqual([path]);
  if (message) expect(problems[0].message).toMatch(message);
}

describe("the ready drafts", () => {
  it.each([
    ["preliminary", "ca-owner"],
    ["preliminary", "third-party"],
    ["full", "ca-owner"],
    ["closure", "ca-owner"],
  ] as const)("a %s by a %s is ready", (kind, author) => {
    expect(checkReadiness(readyDraft(kind, author))).toEqual([]);
    expect(isReady(readyDraft(kind, author))).toBe(true);
  });
});

describe("length (Bugzilla takes at most 65,535 characters in a comment)", () => {
  it("a report too long for one comment is not ready, with the attachment alternative", () => {
    const draft = readyDraft("full");
    draft.appendix.text += `\n\n${"log line\n".repeat(8_000)}`;
    expect(checkReadiness(draft)).toEqual([expect.objectContaining({ path: "", message: expect.stringMatching(/^the report is [\d,]+ characters long.*attachment/) })]);
    expect(isReady(draft)).toBe(false);
  });

  it("a report just under the limit is ready", () => {
    const draft = readyDraft("full");
    draft.appendix.text += `\n\n${"log line\n".repeat(6_000)}`;
    expect(checkReadiness(draft)).toEqual([]);
  });
});

describe("every problem at once, in template order", () => {
  it("lists an empty Full report's problems in the order of the template", () => {
    expect(paths(checkReadiness(emptyDraft("full")))).toEqual([
      "caOwner",
      "title",
      "summary.ccadbId",
      "summary.incidentDescription",
      "summary.nonComplianceStart",
      "summary.nonComplianceIdentified",
      "summary.nonComplianceEnd",
      "summary.relevantPolicies",
      "summary.source",
      "impact.totalCertificates",
      "impact.remainingValidCertificates",
      "impact.affectedCertificateTypes",
      "impact.incidentHeuristic",
      "impact.issuanceStopped",
      "impact.issuanceStoppedExplanation",
      "impact.analysis",
      "impact.additionalConsiderations",
      "timeline",
      "relatedIncidents",
      "rootCauses",
      "lessons.wentWell",
      "lessons.didNotGoWell",
      "lessons.gotLucky",
      "lessons.additional",
      "actionItems",
      "appendix.text",
    ]);
  });

  it("starts every path with a section id or a top-level field", () => {
    const known = new Set<string>([...SECTION_IDS, "caOwner", "title", "kind", "author"]);
    const draft = emptyDraft("full", "third-party");
    draft.timeline.push({ id: "t", at: "x", event: "" });
    draft.lessons.didNotGoWell.push({ id: "l", text: "" });
    draft.actionItems.push({ id: "a", description: "", kind: "", addresses: ["zz"], evaluationCriteria: "", dueDate: "", status: "" });
    for (const problem of checkReadiness(draft)) expect(known).toContain(problemSection(problem));
  });
});

describe("sectionOfProblem", () => {
  it("maps paths to the wizard's sections", () => {
    const at = (path: string) => sectionOfProblem({ path, message: "" });
    expect(at("summary.ccadbId")).toBe("summary");
    expect(at("timeline[3].at")).toBe("timeline");
    expect(at("lessons.didNotGoWell[1]")).toBe("lessons");
    expect(at("actionItems")).toBe("actionItems");
    expect(at("caOwner")).toBe("summary");
    expect(at("kind")).toBeNull();
    expect(at("")).toBeNull();
  });
});

describe("caOwner and title (they make Bugzilla's Summary line)", () => {
  it.each(["preliminary", "full", "closure"] as const)("are required in a %s report", (kind) => {
    expectOne(after((d) => (d.caOwner = ""), kind), "caOwner", /“CA Owner” is empty/);
    expectOne(after((d) => (d.title = "  "), kind), "title", /“Brief title” is empty/);
  });
});

describe("CCADB ID", () => {
  it('must be "A" and six digits', () => {
    expectOne(after((d) => (d.summary.ccadbId = "A12345")), "summary.ccadbId", /expected "A" followed by six digits, e\.g\. A000123.*got "A12345"/);
    expectOne(after((d) => (d.summary.ccadbId = "B000123")), "summary.ccadbId");
  });
  it("accepts A000123, with stray spaces", () => {
    expect(after((d) => (d.summary.ccadbId = " A000123 "))).toEqual([]);
  });
  it("cannot be N/A", () => {
    expectOne(after((d) => (d.summary.ccadbId = "N/A")), "summary.ccadbId", /cannot be N\/A/);
  });
  it("is checked when a third party fills it in, but not required of them", () => {
    expect(after((d) => (d.summary.ccadbId = "A000123"), "preliminary", "third-party")).toEqual([]);
    expect(after((d) => (d.summary.ccadbId = ""), "full", "ca-owner").map((p) => p.path)).toEqual(["summary.ccadbId"]);
  });
});

describe("the one-line form shown at the field", () => {
  it("says what is wrong without the field's name, its help or the guidelines' quote", () => {
    const [wrongId] = after((d) => (d.summary.ccadbId = "4711"));
    expect(wrongId.brief).toBe("Expected \u201cA\u201d followed by six digits, e.g. A000123.");
    const [empty] = after((d) => (d.impact.incidentHeuristic = ""));
    expect(empty.message).toContain(FIELDS["impact.incidentHeuristic"].help);
    expect(empty.brief).toBe("Required: fill it in, or mark it N/A.");
    const [noTime] = after((d) => (d.timeline[0].at = "2025-03-04"));
    expect(noTime.brief).toBe("The time of day is missing: times are given to the minute.");
  });
  it("is one line for every problem at a field of an empty report", () => {
    for (const problem of checkReadiness(emptyDraft("full"))) {
      if (problem.brief !== undefined) expect(problem.brief).toMatch(/^[A-Z][^\n]{0,100}$/);
    }
  });
});

describe("required fields from the catalogue", () => {
  it("treats empty text and whitespace as missing", () => {
    expectOne(after((d) => (d.summary.incidentDescription = "")), "summary.incidentDescription", /“Incident description” is empty: A short description/);
    expectOne(after((d) => (d.summary.relevantPolicies = " \n\t")), "summary.relevantPolicies");
  });
  it("treats an unset count as missing", () => {
    expectOne(after((d) => (d.impact.totalCertificates = null)), "impact.totalCertificates", /N\/A if no certificates are affected/);
    expectOne(after((d) => (d.impact.incidentHeuristic = "")), "impact.incidentHeuristic", /If it does not apply, write N\/A/);
  });
  it("accepts N/A where the catalogue allows it", () => {
    expect(
      after((d) => {
        d.impact.totalCertificates = "N/A";
        d.impact.remainingValidCertificates = "N/A";
        d.impact.affectedCertificateTypes = "N/A";
        d.impact.incidentHeuristic = " N/A ";
        d.rootCauses[0].interaction = "N/A";
        d.rootCauses[0].methodology = "N/A";
      }),
    ).toEqual([]);
  });
  it("rejects N/A where the catalogue does not allow it", () => {
    expectOne(after((d) => (d.summary.relevantPolicies = "N/A")), "summary.relevantPolicies", /“Relevant policies” cannot be N\/A/);
    expectOne(after((d) => (d.timeline[0].event = "N/A")), "timeline[0].event", /“Event” of Timeline entry 1 cannot be N\/A/);
  });
  it("asks for optional fields to be written or marked N/A: their lines stay in the report (issue 20)", () => {
    const problems = after((d) => {
      d.impact.additionalConsiderations = "";
      d.appendix.text = "";
      d.impact.totalCertificates = "N/A";
      d.impact.remainingValidCertificates = "N/A";
      d.rootCauses[0].methodology = "";
    });
    expect(paths(problems)).toEqual(["impact.additionalConsiderations", "rootCauses[0].methodology", "appendix.text"]);
    expect(problems[0].message).toMatch(/is empty: it is optional, but the template keeps its line/);
    expect(
      after((d) => {
        d.impact.additionalConsiderations = "N/A";
        d.appendix.text = "N/A";
        d.impact.totalCertificates = "N/A";
        d.impact.remainingValidCertificates = "N/A";
        d.rootCauses[0].methodology = "N/A";
      }),
    ).toEqual([]);
  });
  it("asks for the issuance answer and its explanation", () => {
    expectOne(after((d) => (d.impact.issuanceStopped = "")), "impact.issuanceStopped", /not chosen: the guidelines expect "Yes" or "No"/);
    expectOne(after((d) => (d.impact.issuanceStoppedExplanation = "")), "impact.issuanceStoppedExplanation");
  });
  it("ignores fields the report's kind does not show", () => {
    expect(
      after((d) => {
        d.summary.ccadbId = "";
        d.timeline = [{ id: "t9", at: "yesterday", event: "" }];
        d.impact.totalCertificates = null;
      }, "preliminary"),
    ).toEqual([]);
  });
});

describe("Source of incident disclosure", () => {
  it("must be chosen by a CA Owner, naming the three values", () => {
    expectOne(after((d) => (d.summary.source = ""), "preliminary"), "summary.source", /"Self Reported", "Third Party Reported" or "Audit"/);
  });
  it("is asked of a third party too: its line is in the Preliminary", () => {
    expectOne(after((d) => (d.summary.source = ""), "preliminary", "third-party"), "summary.source");
  });
});

describe("Timeline summary dates (DateOrTime)", () => {
  it.each(["2025-03-04", "2025-03-04T17:20Z", "2025-03-04T19:20+02:00", "2025-03-04T17:20:31.5-05:00"])("accepts %s", (value) => {
    expect(after((d) => (d.summary.nonComplianceStart = value))).toEqual([]);
  });
  it("says when a time has no UTC offset", () => {
    expectOne(
      after((d) => (d.summary.nonComplianceIdentified = "2025-03-04T17:20")),
      "summary.nonComplianceIdentified",
      /^2025-03-04T17:20 has no UTC offset; write 2025-03-04T17:20Z or add \+hh:mm/,
    );
  });
  it("rejects other writings", () => {
    expectOne(after((d) => (d.summary.nonComplianceStart = "March 4")), "summary.nonComplianceStart", /expected a date \(YYYY-MM-DD\) or a date and time/);
    expectOne(after((d) => (d.summary.nonComplianceStart = "2025-02-30")), "summary.nonComplianceStart");
  });
  it("explains an empty end date: ended, or expected to end", () => {
    expectOne(after((d) => (d.summary.nonComplianceEnd = "")), "summary.nonComplianceEnd", /the date the non-compliance ended or, while it is ongoing, the date it is expected to end/);
  });
  it("accepts an expected end date", () => {
    expect(
      after((d) => {
        d.summary.nonComplianceEnd = "2025-06-01";
        d.summary.nonComplianceEndExpected = true;
      }),
    ).toEqual([]);
  });
});

describe("Timeline", () => {
  it("needs at least one entry in a Full report", () => {
    expectOne(after((d) => (d.timeline = [])), "timeline", /a Full Incident Report needs at least one timeline entry/);
  });
  it("needs times with an offset", () => {
    expectOne(after((d) => (d.timeline[0].at = "2025-03-04T17:20")), "timeline[0].at", /^2025-03-04T17:20 has no UTC offset; write 2025-03-04T17:20Z or add \+hh:mm/);
    expectOne(after((d) => (d.timeline[0].at = "2025-03-04 17:20")), "timeline[0].at", /has no UTC offset/);
  });
  it("needs a time of day, not just a date", () => {
    expectOne(after((d) => (d.timeline[0].at = "2025-03-04")), "timeline[0].at", /has no time of day/);
  });
  it("needs an event and a time", () => {
    expect(paths(after((d) => d.timeline.push({ id: "t2", at: "", event: "" })))).toEqual(["timeline[1].at", "timeline[1].event"]);
  });
  it("accepts any offset", () => {
    expect(after((d) => (d.timeline[0].at = "2025-03-04T23:59+14:00"))).toEqual([]);
  });
});

describe("Related incidents", () => {
  it("need a bug number, a date and a description", () => {
    expect(paths(after((d) => d.relatedIncidents.push({ id: "r2", bug: null, date: "", description: " " })))).toEqual([
      "relatedIncidents[1].bug",
      "relatedIncidents[1].date",
      "relatedIncidents[1].description",
    ]);
  });
  it("need the date as YYYY-MM-DD", () => {
    expectOne(after((d) => (d.relatedIncidents[0].date = "2024/06/01")), "relatedIncidents[0].date", /expected a date written YYYY-MM-DD/);
    expectOne(after((d) => (d.relatedIncidents[0].date = "2024-06-01T10:00Z")), "relatedIncidents[0].date");
  });
  it("may be none at all when marked N/A; unmarked, the report would show (not yet provided)", () => {
    expectOne(after((d) => (d.relatedIncidents = [])), "relatedIncidents", /is empty: list at least one, or mark it N\/A/);
    expect(after((d) => ((d.relatedIncidents = []), (d.notApplicable = ["relatedIncidents"])))).toEqual([]);
  });
});

describe("certificate counts", () => {
  it('need "remaining valid" <= total when both are numbers', () => {
    expectOne(after((d) => (d.impact.remainingValidCertificates = 13)), "impact.remainingValidCertificates", /13 "remaining valid" certificates is more than the 12/);
  });
  it("accept equal counts, zero, and N/A on either side", () => {
    expect(after((d) => (d.impact.remainingValidCertificates = 12))).toEqual([]);
    expect(after((d) => (d.impact.remainingValidCertificates = 0))).toEqual([]);
    expect(after((d) => (d.impact.totalCertificates = "N/A"))).toEqual([]);
  });
});

describe("revocation delay", () => {
  it("requires the Analysis", () => {
    expectOne(
      after((d) => {
        d.revocationDelay = true;
        d.impact.analysis = "";
      }),
      "impact.analysis",
      /“Analysis” is empty: Required for a revocation delay/,
    );
    const problems = after((d) => {
      d.revocationDelay = true;
      d.impact.analysis = "";
    });
    expect(problems[0].message).not.toMatch(/write N\/A/);
  });
  it("does not accept N/A as the Analysis", () => {
    expectOne(
      after((d) => {
        d.revocationDelay = true;
        d.impact.analysis = "N/A";
      }),
      "impact.analysis",
      /a revocation delay needs the Analysis, not N\/A/,
    );
  });
  it("is satisfied by an Analysis; without a delay the Analysis may be empty or N/A", () => {
    expect(
      after((d) => {
        d.revocationDelay = true;
        d.impact.analysis = "Revoking within 5 days would take a national e-ID service offline.";
      }),
    ).toEqual([]);
    expect(after((d) => (d.impact.analysis = "N/A"))).toEqual([]);
    expectOne(after((d) => (d.impact.analysis = "")), "impact.analysis");
  });
});

describe("contributing factors", () => {
  it("a Full report needs at least one", () => {
    expect(
      paths(
        after((d) => {
          d.rootCauses = [];
          d.actionItems[0].addresses = ["d1", "x1"];
        }),
      ),
    ).toEqual(["rootCauses"]);
  });
  it("need the catalogue's required parts", () => {
    expect(
      paths(
        after((d) => {
          d.rootCauses[0].title = "";
          d.rootCauses[0].description = "";
          d.rootCauses[0].timeline = "";
          d.rootCauses[0].detection = "";
          d.rootCauses[0].interaction = "";
        }),
      ),
    ).toEqual(["rootCauses[0].title", "rootCauses[0].description", "rootCauses[0].timeline", "rootCauses[0].detection", "rootCauses[0].interaction"]);
  });
  it("each need an action item", () => {
    expectOne(
      after((d) => d.rootCauses.push({ ...d.rootCauses[0], id: "c2", title: "Checklist" })),
      "rootCauses[1]",
      /^Contributing Factor #2 \(“Checklist”\) has no action item: each one "MUST have at least one corresponding Action Item"/,
    );
  });
  it("are not covered by a canceled action item alone", () => {
    expect(
      paths(
        after((d) => {
          d.actionItems[0].status = "Canceled";
        }),
      ),
    ).toEqual(["rootCauses[0]", "lessons.didNotGoWell[0]", "lessons.additional[0]"]);
    expect(after((d) => (d.actionItems[0].status = "Canceled"))[0].message).toMatch(/is addressed only by canceled action items/);
  });
});

describe("lessons", () => {
  it("every “What didn’t go well” item needs an action item", () => {
    expectOne(after((d) => (d.actionItems[0].addresses = ["c1", "x1"])), "lessons.didNotGoWell[0]", /^What didn’t go well #1 has no action item/);
  });
  it("every “Additional” item needs an action item", () => {
    expectOne(after((d) => (d.actionItems[0].addresses = ["c1", "d1"])), "lessons.additional[0]", /^Additional #1 has no action item/);
  });
  it("“What went well” and “Where we got lucky” items do not", () => {
    expect(
      after((d) => {
        d.lessons.wentWell.push({ id: "w2", text: "Quick triage." });
        d.lessons.gotLucky.push({ id: "g2", text: "A researcher found it." });
      }),
    ).toEqual([]);
  });
  it("an empty lesson is a problem", () => {
    expectOne(after((d) => d.lessons.wentWell.push({ id: "w2", text: " " })), "lessons.wentWell[1]", /What went well #2 is empty/);
  });
  it("may all be empty when marked N/A", () => {
    const empty = (d: Draft) => {
      d.lessons = { wentWell: [], didNotGoWell: [], gotLucky: [], additional: [] };
      d.actionItems[0].addresses = ["c1"];
    };
    expect(paths(after(empty))).toEqual(["lessons.wentWell", "lessons.didNotGoWell", "lessons.gotLucky", "lessons.additional"]);
    expect(after((d) => (empty(d), (d.notApplicable = ["lessons.wentWell", "lessons.didNotGoWell", "lessons.gotLucky", "lessons.additional"])))).toEqual([]);
  });
});

describe("action items", () => {
  it("a Full report needs at least one", () => {
    expect(paths(after((d) => (d.actionItems = [])))).toEqual(["rootCauses[0]", "lessons.didNotGoWell[0]", "lessons.additional[0]", "actionItems"]);
  });
  it("need a description, kind, root causes, evaluation criteria, due date and status", () => {
    expect(
      paths(
        after((d) =>
          d.actionItems.push({ id: "a2", description: "", kind: "", addresses: [], evaluationCriteria: "", dueDate: "", status: "" }),
        ),
      ),
    ).toEqual([
      "actionItems[1].description",
      "actionItems[1].kind",
      "actionItems[1].addresses",
      "actionItems[1].evaluationCriteria",
      "actionItems[1].dueDate",
      "actionItems[1].status",
    ]);
  });
  it("name the allowed kinds and statuses", () => {
    expectOne(after((d) => (d.actionItems[0].kind = "")), "actionItems[0].kind", /"Prevent", "Mitigate" or "Detect"/);
    expectOne(after((d) => (d.actionItems[0].status = "")), "actionItems[0].status", /"Ongoing", "Complete", "Delayed" or "Canceled"/);
  });
  it("need the due date as YYYY-MM-DD", () => {
    expectOne(after((d) => (d.actionItems[0].dueDate = "Q2 2025")), "actionItems[0].dueDate", /YYYY-MM-DD/);
  });
  it("must address existing contributing factors or lessons", () => {
    expectOne(after((d) => d.actionItems[0].addresses.push("gone")), "actionItems[0].addresses", /addresses "gone", which is not a contributing factor or lesson/);
    expectOne(after((d) => d.actionItems[0].addresses.push("t1")), "actionItems[0].addresses");
  });
  it("may address any lesson, including what went well", () => {
    expect(after((d) => d.actionItems[0].addresses.push("w1", "g1"))).toEqual([]);
  });
});

describe("Closure", () => {
  it("needs every action item Complete or Canceled", () => {
    expectOne(after((d) => (d.actionItems[0].status = "Ongoing"), "closure"), "actionItems[0].status", /Action Item #1 is “Ongoing”: a Closure Summary states/);
    expectOne(after((d) => (d.actionItems[0].status = ""), "closure"), "actionItems[0].status", /without a status/);
  });
  it("accepts Canceled items", () => {
    expect(after((d) => (d.actionItems[0].status = "Canceled"), "closure")).toEqual([]);
  });
  it("needs all four closure fields", () => {
    expect(
      paths(
        after((d) => {
          d.closure = { incidentDescription: "", rootCauses: "", remediationDescription: "", commitmentSummary: "" };
        }, "closure"),
      ),
    ).toEqual(["closure.incidentDescription", "closure.rootCauses", "closure.remediationDescription", "closure.commitmentSummary"]);
  });
  it("accepts N/A as the commitment summary only", () => {
    expect(after((d) => (d.closure.commitmentSummary = "N/A"), "closure")).toEqual([]);
    expectOne(after((d) => (d.closure.rootCauses = "N/A"), "closure"), "closure.rootCauses", /cannot be N\/A/);
  });
  it("does not check the Full report's sections", () => {
    expect(
      after((d) => {
        d.summary.ccadbId = "";
        d.timeline = [];
        d.actionItems[0].evaluationCriteria = "";
      }, "closure"),
    ).toEqual([]);
  });
});

describe("third-party reporters", () => {
  it("can only write a Preliminary report", () => {
    const full = after((d) => (d.author = "third-party"), "full");
    expect(full[0]).toEqual({ path: "kind", message: expect.stringMatching(/^a third-party reporter can only write a Preliminary Incident Report/) });
    expect(after((d) => (d.author = "third-party"), "closure")[0].path).toBe("kind");
  });
  it("may write a Preliminary report", () => {
    expect(after(() => {}, "preliminary", "third-party")).toEqual([]);
  });
});

describe("the Appendix lists directly affected certificates", () => {
  const QUOTE = /\u201cMUST be disclosed in the Appendix section of this report\u201d/;
  it("is not ready with remaining valid certificates and an empty Appendix", () => {
    expectOne(after((d) => (d.appendix.text = "N/A")), "appendix.text", /does not list the 3 \u201cremaining valid\u201d certificates/);
    expectOne(after((d) => ((d.appendix.text = "N/A"), (d.impact.remainingValidCertificates = 0))), "appendix.text", QUOTE);
  });
  it("is ready when the Appendix names the list, or the heuristic says why it cannot be listed, or nothing is affected", () => {
    expect(after((d) => (d.appendix.text = "See https://crt.sh/?q=example for the list."))).toEqual([]);
    expect(
      after((d) => {
        d.appendix.text = "N/A";
        d.impact.incidentHeuristic = "The validation method is not in the certificate, so a third party cannot assemble the corpus.";
      }),
    ).toEqual([]);
    expect(after((d) => ((d.appendix.text = "N/A"), (d.impact.totalCertificates = 0), (d.impact.remainingValidCertificates = 0)))).toEqual([]);
  });
});

describe("as-written values", () => {
  it("are reported at their field with what is expected and what the report says", () => {
    const problems = after((d) => {
      d.summary.source = "";
      d.summary.asWritten = { source: "External report" };
      d.impact.totalCertificates = null;
      d.impact.asWritten = { totalCertificates: "150 certificates referenced by 68 problem reports" };
      d.actionItems[0].status = "";
      d.actionItems[0].asWritten = { status: "In progress" };
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "summary.source: \u201cSource of incident disclosure\u201d must be one of Self Reported, Third Party Reported, Audit; the report says \"External report\"",
      "impact.totalCertificates: \u201cTotal number of certificates\u201d must be a whole number of certificates, or N/A; the report says \"150 certificates referenced by 68 problem reports\"",
      "actionItems[0].status: \u201cStatus\u201d of Action Item #1 must be one of Ongoing, Complete, Delayed, Canceled; the report says \"In progress\"",
    ]);
  });
});

describe("NUL characters", () => {
  it("a NUL typed or pasted into a field makes the report not ready, named at the field", () => {
    const draft = exampleDraft("full-no-certificates");
    expect(checkReadiness(draft)).toEqual([]);
    const withNul = { ...draft, summary: { ...draft.summary, incidentDescription: `${draft.summary.incidentDescription}\u0000` } };
    expect(checkReadiness(withNul)).toEqual([
      { path: "summary.incidentDescription", message: "holds an invisible NUL character (U+0000), which no report can hold: remove it" },
    ]);
  });
});

describe("Closure readiness follows the closure checklist", () => {
  it("a Closure without action items is not ready, as its checklist says", () => {
    const closure = exampleDraft("closure");
    expect(checkReadiness(closure).filter((p) => p.path.startsWith("actionItems"))).toEqual([]);
    const empty = { ...closure, actionItems: [] };
    expect(checkReadiness(empty).map((p) => p.path)).toContain("actionItems");
    expect(closureChecklist(empty, Date.now(), { noOpenQuestions: true }).find((c) => c.id === "action-items")?.done).toBe(false);
  });
});
