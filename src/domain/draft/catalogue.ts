/**
 * The field catalogue: every field of the CCADB templates, declared once.
 *
 * Labels are the templates' labels (without the colon), in template order;
 * help text says in our words what the guidelines expect. The renderer, the
 * readiness check and the wizard all read this table, so changing a label or a
 * rule here changes it everywhere.
 */
import type { Author, Draft, ReportKind } from "./schema.ts";
import { ACTION_KINDS, ACTION_STATUSES, ISSUANCE_STOPPED, SOURCES } from "./schema.ts";
import type { SectionId } from "./sectionIds.ts";

export { SECTION_IDS, type SectionId } from "./sectionIds.ts";

export type SectionSpec = {
  /** The template's heading text (without the `###`). */
  heading: string;
  kinds: readonly ReportKind[];
  help: string;
};

export const SECTIONS = {
  summary: {
    heading: "Summary",
    kinds: ["preliminary", "full"],
    help: "A short description of the nature of the issue and just enough background for a new reader to follow the rest of the report.",
  },
  impact: {
    heading: "Impact",
    kinds: ["full"],
    help: "The size and nature of the incident: how many certificates, OCSP responses or CRLs were affected, what they share, and whether issuance had to stop.",
  },
  timeline: {
    heading: "Timeline",
    kinds: ["full"],
    help: "Every event and action before, during and after the incident, including the changes that introduced it. All times in UTC (or with a UTC offset), to the minute.",
  },
  relatedIncidents: {
    heading: "Related Incidents",
    kinds: ["full"],
    help: "Incidents in the CA Certificate Compliance component from at least the last two years that relate to this one, including other CA Owners' incidents.",
  },
  rootCauses: {
    heading: "Root Cause Analysis",
    kinds: ["full"],
    help: "The conditions that combined to cause the incident. Incidents rarely have a single cause: identify every contributing factor, when it arose and how it avoided detection.",
  },
  lessons: {
    heading: "Lessons Learned",
    kinds: ["full"],
    help: "What your organization learned: what went well, what did not, where you got lucky, and anything else.",
  },
  actionItems: {
    heading: "Action Items",
    kinds: ["full"],
    help: "Remediation that keeps similar incidents from happening again, not only what stopped this one. Every contributing factor and every \u201cWhat didn\u2019t go well\u201d and \u201cAdditional\u201d lesson needs at least one action item.",
  },
  appendix: {
    heading: "Appendix",
    kinds: ["full"],
    help: "Supporting data: logs, graphs, links. If certificates are affected, attach the list of affected certificates (CSV under 10,000, else crt.sh links).",
  },
  closure: {
    heading: "Report Closure Summary",
    kinds: ["closure"],
    help: "Request closure once every action item is complete and no questions remain open.",
  },
} as const satisfies Record<SectionId, SectionSpec>;

export type FieldInput =
  | "line" // one line of plain text
  | "markdown" // free Markdown, several lines
  | "dateOrTime" // YYYY-MM-DD or a DateTime with offset
  | "dateTime"
  | "date"
  | "choice"
  | "count" // whole number or N/A
  | "bug"; // Bugzilla bug number

/**
 * When a field must be filled before posting:
 * - "required": always, in every kind that shows it;
 * - "ca-owner": marked with an asterisk in the guidelines, not required from a third-party reporter;
 * - "revocation-delay": required when the Whiteboard has "revocation-delay";
 * - "optional".
 */
export type Requirement = "required" | "ca-owner" | "revocation-delay" | "optional";

export type FieldSpec = {
  section: SectionId;
  label: string;
  help: string;
  input: FieldInput;
  kinds: readonly ReportKind[];
  requirement: Requirement;
  /** The field may hold exactly "N/A" (the guidelines: "Fields that are not applicable MUST still be included and marked 'N/A'"). */
  notApplicable: boolean;
  choices?: readonly string[];
  placeholder?: string;
  /** Rendered as a nested bullet under this parent label (the template's "Timeline summary"). */
  parent?: string;
  /**
   * Not a line of the report body but a field of the Bugzilla bug: its
   * Summary line (`caOwner`, `title`) or its number (`bug`).
   */
  bugzillaField?: "summary line" | "bug number";
};

/** The template's parent bullet for the three non-compliance dates. */
export const TIMELINE_SUMMARY = "Timeline summary";

const PRELIMINARY_AND_FULL = ["preliminary", "full"] as const;
const FULL = ["full"] as const;
const CLOSURE = ["closure"] as const;
const FULL_AND_CLOSURE = ["full", "closure"] as const;
const ALL = ["preliminary", "full", "closure"] as const;

/**
 * Single-valued fields, keyed by their JSON path in the draft, in template order.
 * `caOwner` and `title` are not in the template body: they make the Bugzilla Summary line.
 */
export const FIELDS = {
  caOwner: {
    section: "summary",
    label: "CA Owner",
    help: "The CA Owner's name exactly as in the CCADB. Bugzilla's Summary line must begin with it.",
    input: "line",
    kinds: ALL,
    requirement: "required",
    notApplicable: false,
    bugzillaField: "summary line",
    placeholder: "Example CA Owner",
  },
  title: {
    section: "summary",
    label: "Brief title",
    help: "A brief title that says what kind of incident this is, e.g. \u201cIncorrect Subject RDN Encoding\u201d. The Summary line is \u201cCA Owner: title\u201d.",
    input: "line",
    kinds: ALL,
    requirement: "required",
    notApplicable: false,
    bugzillaField: "summary line",
  },
  bug: {
    section: "summary",
    label: "Bugzilla bug number",
    help: "The bug on bugzilla.mozilla.org where this incident was reported, e.g. 1234567, or paste the bug's address. The Full report, the updates and the Closure Summary are posted as comments on that bug.",
    input: "bug",
    kinds: FULL_AND_CLOSURE,
    requirement: "optional",
    notApplicable: false,
    bugzillaField: "bug number",
  },
  "summary.ccadbId": {
    section: "summary",
    label: "CA Owner CCADB unique ID",
    help: "The CCADB unique ID of your \u201cCA Owner/Certificate\u201d record: \u201cA\u201d followed by six digits, e.g. A000123.",
    input: "line",
    kinds: FULL,
    requirement: "ca-owner",
    notApplicable: false,
    placeholder: "A000123",
  },
  "summary.incidentDescription": {
    section: "summary",
    label: "Incident description",
    help: "A short description of the nature of the issue: just enough context for a new reader to understand the rest of the report. A CA Owner's first report must also state the known impact and whether the incident is contained or ongoing.",
    input: "markdown",
    kinds: PRELIMINARY_AND_FULL,
    requirement: "required",
    notApplicable: false,
  },
  "summary.nonComplianceStart": {
    section: "summary",
    label: "Non-compliance start date",
    help: "When the non-compliance began: a date, or a date and time with its UTC offset.",
    input: "dateOrTime",
    kinds: FULL,
    requirement: "ca-owner",
    notApplicable: false,
    parent: TIMELINE_SUMMARY,
  },
  "summary.nonComplianceIdentified": {
    section: "summary",
    label: "Non-compliance identified date",
    help: "When the non-compliance was detected.",
    input: "dateOrTime",
    kinds: FULL,
    requirement: "ca-owner",
    notApplicable: false,
    parent: TIMELINE_SUMMARY,
  },
  "summary.nonComplianceEnd": {
    section: "summary",
    label: "Non-compliance end date",
    help: "When the non-compliance ended or, if it is still ongoing, when it is expected to end.",
    input: "dateOrTime",
    kinds: FULL,
    requirement: "ca-owner",
    notApplicable: false,
    parent: TIMELINE_SUMMARY,
  },
  "summary.relevantPolicies": {
    section: "summary",
    label: "Relevant policies",
    help: "The policy names, versions and sections that make this an incident, e.g. \u201cTLS Baseline Requirements v2.1.2, section 7.1.2.7.10\u201d.",
    input: "markdown",
    kinds: PRELIMINARY_AND_FULL,
    requirement: "required",
    notApplicable: false,
  },
  "summary.source": {
    section: "summary",
    label: "Source of incident disclosure",
    help: "One of \u201cSelf Reported\u201d, \u201cThird Party Reported\u201d or \u201cAudit\u201d.",
    input: "choice",
    kinds: PRELIMINARY_AND_FULL,
    requirement: "ca-owner",
    notApplicable: false,
    choices: SOURCES,
  },
  "impact.totalCertificates": {
    section: "impact",
    label: "Total number of certificates",
    help: "Every certificate affected by the issue, including expired and revoked ones. N/A if no certificates are affected.",
    input: "count",
    kinds: FULL,
    requirement: "required",
    notApplicable: true,
  },
  "impact.remainingValidCertificates": {
    section: "impact",
    label: "Total number of \"remaining valid\" certificates",
    help: "The affected certificates minus the expired and revoked ones. At least these must be listed in the Appendix.",
    input: "count",
    kinds: FULL,
    requirement: "required",
    notApplicable: true,
  },
  "impact.affectedCertificateTypes": {
    section: "impact",
    label: "Affected certificate types",
    help: "The CA/Browser Forum policy OIDs (DV, OV, IV, EV) in the affected certificates, e.g. \u201cThis incident affects DV and OV certificates.\u201d",
    input: "markdown",
    kinds: FULL,
    requirement: "required",
    notApplicable: true,
  },
  "impact.incidentHeuristic": {
    section: "impact",
    label: "Incident heuristic",
    help: "Either a heuristic a third party could use to find every affected certificate, or why that is not possible, or a statement that the full corpus is in the Appendix.",
    input: "markdown",
    kinds: FULL,
    requirement: "required",
    notApplicable: true,
  },
  "impact.issuanceStopped": {
    section: "impact",
    label: "Was issuance stopped in response to this incident, and why or why not?",
    help: "Yes or No, with the explanation.",
    input: "choice",
    kinds: FULL,
    requirement: "required",
    notApplicable: true,
    choices: ISSUANCE_STOPPED,
  },
  "impact.issuanceStoppedExplanation": {
    section: "impact",
    label: "Why or why not",
    help: "Why issuance was or was not stopped, e.g. \u201cissuance was stopped after learning of this issue to correct the certificate profile.\u201d",
    input: "markdown",
    kinds: FULL,
    requirement: "required",
    notApplicable: false,
  },
  "impact.analysis": {
    section: "impact",
    label: "Analysis",
    help: "Required for a revocation delay: the factors and rationale behind delaying revocation, with detailed, substantiated explanations of the extensive harm to third parties and why the situation is exceptionally rare and unavoidable. Otherwise N/A.",
    input: "markdown",
    kinds: FULL,
    requirement: "revocation-delay",
    notApplicable: true,
  },
  "impact.additionalConsiderations": {
    section: "impact",
    label: "Additional considerations",
    help: "Optional. Anything else about the size and nature of the incident, e.g. how precertificates and certificates were affected differently.",
    input: "markdown",
    kinds: FULL,
    requirement: "optional",
    notApplicable: true,
  },
  "appendix.text": {
    section: "appendix",
    label: "Appendix",
    help: "Supporting data: log excerpts, graphs, links. For certificates, say which attachment lists them.",
    input: "markdown",
    kinds: FULL,
    requirement: "optional",
    notApplicable: true,
  },
  "closure.incidentDescription": {
    section: "closure",
    label: "Incident description",
    help: "A few sentences summarizing the incident.",
    input: "markdown",
    kinds: CLOSURE,
    requirement: "required",
    notApplicable: false,
  },
  "closure.rootCauses": {
    section: "closure",
    label: "Incident Root Cause(s)",
    help: "A few sentences summarizing the root causes.",
    input: "markdown",
    kinds: CLOSURE,
    requirement: "required",
    notApplicable: false,
  },
  "closure.remediationDescription": {
    section: "closure",
    label: "Remediation description",
    help: "A few sentences summarizing the remediation.",
    input: "markdown",
    kinds: CLOSURE,
    requirement: "required",
    notApplicable: false,
  },
  "closure.commitmentSummary": {
    section: "closure",
    label: "Commitment summary",
    help: "Ongoing commitments beyond the action items, e.g. periodic reviews, with their timeframe. N/A if there are none.",
    input: "markdown",
    kinds: CLOSURE,
    requirement: "required",
    notApplicable: true,
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;

/** Fields of the repeatable parts, keyed by list, then by the item's property, in template order. */
export const ITEM_FIELDS = {
  timeline: {
    at: {
      section: "timeline",
      label: "Date and time",
      help: "When it happened, with its UTC offset and at least to the minute. It is shown in UTC.",
      input: "dateTime",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    event: {
      section: "timeline",
      label: "Event",
      help: "What happened or what you did.",
      input: "markdown",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
  },
  relatedIncidents: {
    bug: {
      section: "relatedIncidents",
      label: "Bug",
      help: "The Bugzilla bug number of the related incident.",
      input: "bug",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    date: {
      section: "relatedIncidents",
      label: "Date",
      help: "The date the related bug was opened (YYYY-MM-DD).",
      input: "date",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    description: {
      section: "relatedIncidents",
      label: "Description",
      help: "How the related incident is similar to this one.",
      input: "line",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
  },
  rootCauses: {
    title: {
      section: "rootCauses",
      label: "Title",
      help: "A short name for this contributing factor.",
      input: "line",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    description: {
      section: "rootCauses",
      label: "Description",
      help: "The condition, event or issue that contributed, its role in the incident, when it first arose and its initial impact.",
      input: "markdown",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    timeline: {
      section: "rootCauses",
      label: "Timeline",
      help: "How this factor came about and evolved, from its inception to its role in the incident.",
      input: "markdown",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    detection: {
      section: "rootCauses",
      label: "Detection",
      help: "How this factor was detected, and how it avoided detection before: inadequate safeguards, missed signals.",
      input: "markdown",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    interaction: {
      section: "rootCauses",
      label: "Interaction with other factors",
      help: "How it interacted with the other factors to create the conditions for the incident. N/A if there is only one.",
      input: "markdown",
      kinds: FULL,
      requirement: "required",
      notApplicable: true,
    },
    methodology: {
      section: "rootCauses",
      label: "Root Cause Analysis methodology used",
      help: "Optional but recommended: how this factor was found, e.g. 5 Whys, Fishbone diagram.",
      input: "markdown",
      kinds: FULL,
      requirement: "optional",
      notApplicable: true,
    },
  },
  actionItems: {
    description: {
      section: "actionItems",
      label: "Action Item",
      help: "A detailed description of the action to be taken.",
      input: "line",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    kind: {
      section: "actionItems",
      label: "Kind",
      help: "Whether it will Prevent future incidents, Mitigate their impact, or Detect them. Emphasize Prevent and Mitigate.",
      input: "choice",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
      choices: ACTION_KINDS,
    },
    addresses: {
      section: "actionItems",
      label: "Corresponding Root Cause(s)",
      help: "The contributing factors and lessons this action remediates.",
      input: "line",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    evaluationCriteria: {
      section: "actionItems",
      label: "Evaluation Criteria",
      help: "How you, and if possible the public, will measure that this action addresses the root cause: prefer objective, publicly verifiable evidence (CT logs, audit statements, policy documents).",
      input: "line",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    dueDate: {
      section: "actionItems",
      label: "Due Date",
      help: "The date by which the action will be complete (YYYY-MM-DD).",
      input: "date",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
    },
    status: {
      section: "actionItems",
      label: "Status",
      help: "Ongoing, Complete, Delayed or Canceled.",
      input: "choice",
      kinds: FULL,
      requirement: "required",
      notApplicable: false,
      choices: ACTION_STATUSES,
    },
  },
} as const satisfies {
  timeline: Record<Exclude<keyof Draft["timeline"][number], "id" | "asWritten">, FieldSpec>;
  relatedIncidents: Record<Exclude<keyof Draft["relatedIncidents"][number], "id" | "asWritten">, FieldSpec>;
  rootCauses: Record<Exclude<keyof Draft["rootCauses"][number], "id" | "asWritten">, FieldSpec>;
  actionItems: Record<Exclude<keyof Draft["actionItems"][number], "id" | "asWritten">, FieldSpec>;
};

export type ItemList = keyof typeof ITEM_FIELDS;

/** The lists under Lessons Learned, with the template's labels (mind the curly apostrophe). */
export const LESSON_FIELDS = {
  wentWell: {
    label: "What went well",
    help: "Things that made the impact smaller than it could have been, such as early detection, rapid response or good safety mechanisms.",
    needsAction: "no",
  },
  didNotGoWell: {
    label: "What didn\u2019t go well",
    help: "Things that made the impact larger, such as missing checks or unclear documentation. Each one MUST have at least one action item.",
    needsAction: "must",
  },
  gotLucky: {
    label: "Where we got lucky",
    help: "Things that went well but cannot be relied upon, such as detection by an outside researcher. These SHOULD generally have action items too.",
    needsAction: "should",
  },
  additional: {
    label: "Additional",
    help: "Any other lesson: circumstances, problematic processes, communication gaps, overlooked warnings. Each one MUST have at least one action item.",
    needsAction: "must",
  },
} as const satisfies Record<keyof Draft["lessons"], { label: string; help: string; needsAction: "no" | "should" | "must" }>;

/** How repeated items are named in the report and the wizard ("Contributing Factor #1"). */
export const ITEM_NAMES = {
  timeline: (n: number) => `Timeline entry ${n}`,
  relatedIncidents: (n: number) => `Related incident ${n}`,
  rootCauses: (n: number) => `Contributing Factor #${n}`,
  actionItems: (n: number) => `Action Item #${n}`,
} as const satisfies Record<ItemList, (n: number) => string>;

/** The label of a lesson as referenced from an action item: "What didn’t go well #2". */
export function lessonName(list: keyof Draft["lessons"], n: number): string {
  return `${LESSON_FIELDS[list].label} #${n}`;
}

/** The closing sentence of the Closure template. */
export const CLOSURE_SENTENCE =
  "All Action Items disclosed in this report have been completed as described, and we request its closure.";

/** The top heading of each report kind. */
export const REPORT_HEADINGS = {
  preliminary: "Preliminary Incident Report",
  full: "Full Incident Report",
  closure: "Report Closure Summary",
} as const satisfies Record<ReportKind, string>;

export const REPORT_KIND_LABELS = {
  preliminary: "Preliminary Incident Report",
  full: "Full Incident Report",
  closure: "Closure Summary",
} as const satisfies Record<ReportKind, string>;

/** Whether a field is shown in a report of this kind. */
export function usesField(spec: Pick<FieldSpec, "kinds">, kind: ReportKind): boolean {
  return spec.kinds.includes(kind);
}

/** Whether a field must be filled before posting a report of this kind by this author. */
export function isRequired(
  spec: Pick<FieldSpec, "kinds" | "requirement">,
  kind: ReportKind,
  author: Author,
  revocationDelay: boolean,
): boolean {
  if (!usesField(spec, kind)) return false;
  switch (spec.requirement) {
    case "required":
      return true;
    case "ca-owner":
      return author === "ca-owner";
    case "revocation-delay":
      return revocationDelay;
    case "optional":
      return false;
  }
}

/** Whether a field is a line of the report body (not a field of the Bugzilla bug itself). */
export function inReportBody(spec: Pick<FieldSpec, "bugzillaField">): boolean {
  return spec.bugzillaField === undefined;
}

/** The fields of one section, in template order. */
export function fieldsOf(section: SectionId): FieldKey[] {
  return (Object.keys(FIELDS) as FieldKey[]).filter((key) => FIELDS[key].section === section);
}

/** The text that marks a field not applicable: only ever written by the author. */
export const NOT_APPLICABLE = "N/A";

/**
 * What the report shows for a value not filled in yet (rendered in italics):
 * never N/A, which would tell root programs that the field does not apply.
 */
export const NOT_YET_PROVIDED = "(not yet provided)";

/** A field's spec, typed as the general FieldSpec (the table's literal types are narrower). */
export function fieldSpec(key: FieldKey): FieldSpec {
  return FIELDS[key];
}
