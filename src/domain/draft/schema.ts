/**
 * The draft file format, version 1 (`shared/spec/draft-format.md`).
 *
 * This is the *file* level: types, enums and known keys only. A half-written
 * report is a valid file (empty strings, `null` counts, `""` choices); whether
 * it is ready to post is `readiness.ts`'s job.
 */
// zod/mini: the same zod 4 core, tree-shakable, a fraction of the app's initial JavaScript.
import * as z from "zod/mini";
import type { RootProgramId } from "../notices/rootProgramNotices.ts";

export const DRAFT_FORMAT = "ccadb-incident-report-draft";
export const DRAFT_VERSION = 1;

export const REPORT_KINDS = ["preliminary", "full", "closure"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const AUTHORS = ["ca-owner", "third-party"] as const;
export type Author = (typeof AUTHORS)[number];

export const SOURCES = ["Self Reported", "Third Party Reported", "Audit"] as const;
export type Source = (typeof SOURCES)[number];

export const ACTION_KINDS = ["Prevent", "Mitigate", "Detect"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ["Ongoing", "Complete", "Delayed", "Canceled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ISSUANCE_STOPPED = ["Yes", "No"] as const;

export const REVOKED_VALUES = ["Yes", "Planned", "Delayed", "N/A"] as const;
export type RevokedValue = (typeof REVOKED_VALUES)[number];

export const CERTIFICATE_KINDS = ["tls", "smime"] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const LESSON_LISTS = ["wentWell", "didNotGoWell", "gotLucky", "additional"] as const;
export type LessonList = (typeof LESSON_LISTS)[number];

/** A choice that may still be unanswered (`""`) in a half-written draft. */
function choice<const T extends readonly string[]>(values: T) {
  return z.enum(["", ...values] as const);
}

/** Counts are whole numbers, "N/A", or null while not filled in. */
const count = z.union([z.int().check(z.nonnegative()), z.literal("N/A"), z.null()]);

const id = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * What the report says for typed fields whose text could not be read as their
 * type (an imported "External report" for Source, "150 certificates referenced
 * by 68 problem reports" for a count). When `asWritten.X` is a non-empty
 * string, that is the report's value for X, and X itself stays unset.
 * An optional v1 addition: see `asWritten.ts`.
 */
const written = z.optional(z.string());

export const TimelineEntrySchema = z.strictObject({
  id,
  at: z.string(),
  event: z.string(),
  asWritten: z.optional(z.strictObject({ at: written })),
});

export const RelatedIncidentSchema = z.strictObject({
  id,
  bug: z.nullable(z.int().check(z.positive())),
  date: z.string(),
  description: z.string(),
  asWritten: z.optional(z.strictObject({ bug: written, date: written })),
});

export const RootCauseSchema = z.strictObject({
  id,
  title: z.string(),
  description: z.string(),
  timeline: z.string(),
  detection: z.string(),
  interaction: z.string(),
  methodology: z.string(),
});

export const LessonSchema = z.strictObject({ id, text: z.string() });

export const ActionItemSchema = z.strictObject({
  id,
  description: z.string(),
  kind: choice(ACTION_KINDS),
  addresses: z.array(id),
  evaluationCriteria: z.string(),
  dueDate: z.string(),
  status: choice(ACTION_STATUSES),
  asWritten: z.optional(z.strictObject({ kind: written, status: written, dueDate: written })),
});

const sha256OrEmpty = z.string().check(z.regex(/^([0-9a-f]{64})?$/i, "expected 64 hex digits, or empty"));

export const CertificateRowSchema = z.strictObject({
  precertificateSha256: sha256OrEmpty,
  certificateSha256: sha256OrEmpty,
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  serial: z.string().check(z.regex(/^[0-9a-f]*$/i, "expected the serial number in hex")),
  dnsNames: z.array(z.string()),
  revoked: z.enum(REVOKED_VALUES),
  revocationDate: z.string(),
  revocationReason: z.string(),
});

export const SummarySchema = z.strictObject({
  ccadbId: z.string(),
  incidentDescription: z.string(),
  nonComplianceStart: z.string(),
  nonComplianceIdentified: z.string(),
  nonComplianceEnd: z.string(),
  nonComplianceEndExpected: z.optional(z.boolean()),
  relevantPolicies: z.string(),
  source: choice(SOURCES),
  asWritten: z.optional(
    z.strictObject({ source: written, nonComplianceStart: written, nonComplianceIdentified: written, nonComplianceEnd: written }),
  ),
});

export const ImpactSchema = z.strictObject({
  totalCertificates: count,
  remainingValidCertificates: count,
  affectedCertificateTypes: z.string(),
  incidentHeuristic: z.string(),
  issuanceStopped: choice(ISSUANCE_STOPPED),
  issuanceStoppedExplanation: z.string(),
  analysis: z.string(),
  additionalConsiderations: z.string(),
  asWritten: z.optional(z.strictObject({ totalCertificates: written, remainingValidCertificates: written, issuanceStopped: written })),
});

export const LessonsSchema = z.strictObject({
  wentWell: z.array(LessonSchema),
  didNotGoWell: z.array(LessonSchema),
  gotLucky: z.array(LessonSchema),
  additional: z.array(LessonSchema),
});

export const AppendixSchema = z.strictObject({
  text: z.string(),
  certificateKind: z.optional(z.enum(CERTIFICATE_KINDS)),
  certificates: z.array(CertificateRowSchema),
});

export const ClosureSchema = z.strictObject({
  incidentDescription: z.string(),
  rootCauses: z.string(),
  remediationDescription: z.string(),
  commitmentSummary: z.string(),
  /** The closure checklist's ticks for what the draft cannot know (optional v1 addition). */
  checklist: z.optional(z.strictObject({ noOpenQuestions: z.optional(z.boolean()), informationRequested: z.optional(z.boolean()) })),
});

/** Lists that may be empty in a finished report; the author marks them N/A (optional v1 addition). */
export const NOT_APPLICABLE_LISTS = ["relatedIncidents", "lessons.wentWell", "lessons.didNotGoWell", "lessons.gotLucky", "lessons.additional"] as const;
export type NotApplicableList = (typeof NOT_APPLICABLE_LISTS)[number];

/**
 * Text of an imported report that the importer could not place in a field:
 * kept in the draft, never dropped, until the author moves it into a field or
 * discards it. Not part of the rendered report.
 */
export const UnplacedSchema = z.strictObject({
  id,
  /** The heading it was under in the imported report ("" for text before the report's heading). */
  heading: z.string(),
  /** Its first line's number in the imported text. */
  line: z.int().check(z.positive()),
  text: z.string(),
  /** Why it was not placed, in the report's words. */
  reason: z.optional(z.string()),
});

/** What was posted on the incident's bug: each report, and each update comment. */
export const POSTED_KINDS = ["preliminary", "full", "update", "closure"] as const;
export type PostedKind = (typeof POSTED_KINDS)[number];

export const PostedSchema = z.strictObject({
  kind: z.enum(POSTED_KINDS),
  /** When it was posted: a DateTime with its offset. */
  at: z.string(),
  /** Its comment number on the bug (0 is the bug's description), when known. */
  comment: z.optional(z.int().check(z.nonnegative())),
});

/** A question or comment on the bug that waits for the CA Owner's answer (the guidelines: respond within 7 days). */
export const QuestionSchema = z.strictObject({
  askedAt: z.string(),
  /** Who asked, as Bugzilla shows them. */
  by: z.optional(z.string()),
  /** When the CA Owner answered; null while it is open. */
  answeredAt: z.nullable(z.string()),
});

/**
 * The incident's clock, shared by every draft of the incident (issue 20): the
 * facts the deadlines count from, which no single report holds. Times are
 * DateTimes with their offset; "" or absent while not known. A draft file
 * carries a copy (optional v1 addition).
 */
export const IncidentRecordSchema = z.strictObject({
  /** The incident's key before its bug is known (the draft's `bug` is the key once it is). */
  id: z.optional(id),
  /** When the CA Owner became aware of the incident: the guidelines' "initial incident disclosure". */
  becameAwareAt: z.optional(z.string()),
  posted: z.array(PostedSchema),
  /** The bug's Whiteboard, as written ("[ca-compliance] [dv-misissuance] Next update 2025-10-02"). */
  whiteboard: z.optional(z.string()),
  questions: z.array(QuestionSchema),
  /** When an action item was last changed, completed or delayed (an update is due within 3 days). */
  actionItemChangedAt: z.optional(z.string()),
  /** TLS BR 4.9.1.1: 24 hours for the first list of reasons, 5 days (120) for the second; absent: 5 days. */
  revocationHours: z.optional(z.union([z.literal(24), z.literal(120)])),
});

/**
 * Which root programs the CA Owner has notified directly of a
 * security-sensitive incident (src/domain/notices): the author's ticks,
 * true once sent (optional v1 addition).
 */
export const RootProgramNoticesSchema = z.strictObject({
  ccadb: z.optional(z.boolean()),
  chrome: z.optional(z.boolean()),
  microsoft: z.optional(z.boolean()),
} satisfies Record<RootProgramId, unknown>);

const DraftObjectSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  kind: z.enum(REPORT_KINDS),
  author: z.enum(AUTHORS),
  caOwner: z.string(),
  title: z.string(),
  /** The bugzilla.mozilla.org bug the incident is reported in; null or absent while not known. */
  bug: z.optional(z.nullable(z.int().check(z.positive()))),
  securitySensitive: z.optional(z.boolean()),
  /** The IANA time zone the author last chose (e.g. "Europe/Berlin"): offered for new dates and times (optional v1 addition). */
  timeZone: z.optional(z.string()),
  revocationDelay: z.optional(z.boolean()),
  /** Lists the author marked N/A: rendered as N/A while they are empty. */
  notApplicable: z.optional(z.array(z.enum(NOT_APPLICABLE_LISTS))),
  summary: SummarySchema,
  impact: ImpactSchema,
  timeline: z.array(TimelineEntrySchema),
  relatedIncidents: z.array(RelatedIncidentSchema),
  rootCauses: z.array(RootCauseSchema),
  lessons: LessonsSchema,
  actionItems: z.array(ActionItemSchema),
  appendix: AppendixSchema,
  closure: ClosureSchema,
  unplaced: z.optional(z.array(UnplacedSchema)),
  /** The incident record, as of when the draft was saved or exported (optional v1 addition). */
  incident: z.optional(IncidentRecordSchema),
  /** The root programs notified of a security-sensitive incident (optional v1 addition). */
  rootProgramNotices: z.optional(RootProgramNoticesSchema),
});

/** Every item that carries an `id`, with the JSON path it lives at. */
export function idPaths(draft: z.output<typeof DraftObjectSchema>): Array<{ id: string; path: (string | number)[] }> {
  const out: Array<{ id: string; path: (string | number)[] }> = [];
  draft.timeline.forEach((t, i) => out.push({ id: t.id, path: ["timeline", i, "id"] }));
  draft.relatedIncidents.forEach((r, i) => out.push({ id: r.id, path: ["relatedIncidents", i, "id"] }));
  draft.rootCauses.forEach((r, i) => out.push({ id: r.id, path: ["rootCauses", i, "id"] }));
  for (const list of LESSON_LISTS) {
    draft.lessons[list].forEach((l, i) => out.push({ id: l.id, path: ["lessons", list, i, "id"] }));
  }
  draft.actionItems.forEach((a, i) => out.push({ id: a.id, path: ["actionItems", i, "id"] }));
  draft.unplaced?.forEach((u, i) => out.push({ id: u.id, path: ["unplaced", i, "id"] }));
  return out;
}

/** The file schema: ids must be unique, because references use them. */
export const DraftSchema = DraftObjectSchema.check(
  z.superRefine((draft, ctx) => {
    const seen = new Set<string>();
    for (const { id: itemId, path } of idPaths(draft)) {
      if (seen.has(itemId)) {
        ctx.addIssue({ code: "custom", path, message: `duplicate id "${itemId}": ids must be unique within the draft`, input: itemId });
      }
      seen.add(itemId);
    }
  }),
);

export type Draft = z.output<typeof DraftSchema>;
export type TimelineEntry = Draft["timeline"][number];
export type RelatedIncident = Draft["relatedIncidents"][number];
export type RootCause = Draft["rootCauses"][number];
export type Lesson = Draft["lessons"]["wentWell"][number];
export type ActionItem = Draft["actionItems"][number];
export type CertificateRow = Draft["appendix"]["certificates"][number];
export type Unplaced = NonNullable<Draft["unplaced"]>[number];
export type IncidentRecord = NonNullable<Draft["incident"]>;
export type Posted = IncidentRecord["posted"][number];
export type Question = IncidentRecord["questions"][number];
export type RootProgramNotices = NonNullable<Draft["rootProgramNotices"]>;
