/**
 * Small builders for tests of the review, deadline, update and closure code:
 * a filled item with only the fields a test cares about overridden.
 */
import { emptyDraft } from "../draft/newDraft.ts";
import type { ActionItem, CertificateRow, Draft, ReportKind, RootCause, TimelineEntry } from "../draft/schema.ts";

export function draftOf(kind: ReportKind, patch: Partial<Draft> = {}): Draft {
  return { ...emptyDraft(kind), caOwner: "Example CA", title: "Example incident", ...patch };
}

export function rootCause(id: string, patch: Partial<RootCause> = {}): RootCause {
  return { id, title: "Missing lint", description: "", timeline: "", detection: "", interaction: "N/A", methodology: "", ...patch };
}

export function actionItem(id: string, patch: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    description: "Add a pre-issuance lint for the field",
    kind: "Prevent",
    addresses: [],
    evaluationCriteria: "Zero certificates with the field in CT logs after 2025-06-01",
    dueDate: "2025-06-01",
    status: "Ongoing",
    ...patch,
  };
}

export function entry(id: string, at: string, event: string): TimelineEntry {
  return { id, at, event };
}

export function certificate(patch: Partial<CertificateRow> = {}): CertificateRow {
  return {
    precertificateSha256: "",
    certificateSha256: "",
    subject: "CN=example.com",
    issuer: "CN=Example Issuing CA",
    notBefore: "2025-01-01T00:00Z",
    notAfter: "2026-01-01T00:00Z",
    serial: "01",
    dnsNames: ["example.com"],
    revoked: "Planned",
    revocationDate: "",
    revocationReason: "",
    ...patch,
  };
}
