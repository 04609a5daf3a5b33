import type { Author, Draft, ReportKind } from "./schema.ts";
import { DRAFT_FORMAT, DRAFT_VERSION } from "./schema.ts";

/** A short random id, unique within a draft; stable when items are reordered. */
export function newId(prefix = "i"): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return prefix + Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("").slice(0, 8);
}

/** An empty draft: a valid file, nothing filled in. */
export function emptyDraft(kind: ReportKind = "full", author: Author = "ca-owner"): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    kind,
    author,
    caOwner: "",
    title: "",
    securitySensitive: false,
    revocationDelay: false,
    summary: {
      ccadbId: "",
      incidentDescription: "",
      nonComplianceStart: "",
      nonComplianceIdentified: "",
      nonComplianceEnd: "",
      nonComplianceEndExpected: false,
      relevantPolicies: "",
      source: "",
    },
    impact: {
      totalCertificates: null,
      remainingValidCertificates: null,
      affectedCertificateTypes: "",
      incidentHeuristic: "",
      issuanceStopped: "",
      issuanceStoppedExplanation: "",
      analysis: "",
      additionalConsiderations: "",
    },
    timeline: [],
    relatedIncidents: [],
    rootCauses: [],
    lessons: { wentWell: [], didNotGoWell: [], gotLucky: [], additional: [] },
    actionItems: [],
    appendix: { text: "", certificateKind: "tls", certificates: [] },
    closure: { incidentDescription: "", rootCauses: "", remediationDescription: "", commitmentSummary: "" },
  };
}

/** A new, empty report as the Start screen makes it; a third party's Source defaults to what it is. */
export function newDraftFor(kind: ReportKind, author: Author): Draft {
  const draft = emptyDraft(kind, author);
  if (author === "third-party") draft.summary.source = "Third Party Reported";
  return draft;
}
