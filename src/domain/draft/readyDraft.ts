/**
 * The smallest drafts that are ready to post, one per kind: the base that
 * tests break one rule at a time. Realistic reports live in `domain/examples`.
 */
import { emptyDraft } from "./newDraft.ts";
import type { Author, Draft, ReportKind } from "./schema.ts";

function summary(draft: Draft): void {
  draft.caOwner = "Example CA";
  draft.title = "Incorrect Subject RDN Encoding";
  draft.summary.incidentDescription = "Certificates were issued with the wrong RDN encoding.";
  draft.summary.relevantPolicies = "TLS Baseline Requirements v2.1.2, section 7.1.4";
  draft.summary.source = draft.author === "ca-owner" ? "Self Reported" : "Third Party Reported";
}

function full(draft: Draft): void {
  summary(draft);
  draft.summary.ccadbId = "A000123";
  draft.summary.nonComplianceStart = "2025-01-10";
  draft.summary.nonComplianceIdentified = "2025-03-04T17:20Z";
  draft.summary.nonComplianceEnd = "2025-03-05T09:00+01:00";
  draft.impact = {
    totalCertificates: 12,
    remainingValidCertificates: 3,
    affectedCertificateTypes: "This incident affects DV certificates.",
    incidentHeuristic: "The full corpus of affected certificates is disclosed in the Appendix.",
    issuanceStopped: "Yes",
    issuanceStoppedExplanation: "Issuance was stopped to correct the certificate profile.",
    analysis: "N/A",
    additionalConsiderations: "N/A",
  };
  draft.appendix = { ...draft.appendix, text: "The 12 affected certificates are listed in the attached CSV." };
  draft.timeline = [{ id: "t1", at: "2025-03-04T17:20Z", event: "A community member reports the encoding." }];
  draft.relatedIncidents = [{ id: "r1", bug: 1900129, date: "2024-06-01", description: "Also a profile error." }];
  draft.rootCauses = [
    {
      id: "c1",
      title: "Profile not linted",
      description: "The profile change was not linted before deployment.",
      timeline: "Introduced in the 2025-01-10 release.",
      detection: "No pre-issuance lint covered the field.",
      interaction: "N/A",
      methodology: "5 Whys",
    },
  ];
  draft.lessons = {
    wentWell: [{ id: "w1", text: "The report was triaged within an hour." }],
    didNotGoWell: [{ id: "d1", text: "Profile changes skipped the linter." }],
    gotLucky: [{ id: "g1", text: "Few certificates were issued before the report." }],
    additional: [{ id: "x1", text: "The release checklist was out of date." }],
  };
  draft.actionItems = [
    {
      id: "a1",
      description: "Lint every profile change before deployment.",
      kind: "Prevent",
      addresses: ["c1", "d1", "x1"],
      evaluationCriteria: "No unlinted profile reaches production; checked at each release.",
      dueDate: "2025-04-01",
      status: "Ongoing",
    },
  ];
}

function closure(draft: Draft): void {
  full(draft);
  draft.actionItems = draft.actionItems.map((item) => ({ ...item, status: "Complete" }));
  draft.closure = {
    incidentDescription: "Certificates were issued with the wrong RDN encoding.",
    rootCauses: "Profile changes were not linted.",
    remediationDescription: "Profile changes are now linted before deployment.",
    commitmentSummary: "N/A",
  };
}

/** A draft of this kind and author that `checkReadiness` accepts. */
export function readyDraft(kind: ReportKind = "full", author: Author = "ca-owner"): Draft {
  const draft = emptyDraft(kind, author);
  const fill = { preliminary: summary, full, closure } satisfies Record<ReportKind, (draft: Draft) => void>;
  fill[kind](draft);
  return draft;
}
