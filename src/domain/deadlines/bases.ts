/** The sentences each deadline rests on, quoted as written. */
import type { DeadlineId } from "./types.ts";

const WHEN_EXPECTED = "CCADB Incident Reporting Guidelines v3.2, When are reports expected?";
const WHEN_UPDATED = "CCADB Incident Reporting Guidelines v3.2, When are reports updated?";
const HOW_CLOSED = "CCADB Incident Reporting Guidelines v3.2, How are reports closed?";

const quote = (text: string, source: string) => `“${text}” (${source})`;

export const BASES = {
  preliminary: quote(
    "Within 72 hours of a CA Owner becoming aware of an incident (i.e., the \"initial incident disclosure\") or an audit finding not previously disclosed in an Incident Report, the CA Owner MUST either: disclose a Preliminary or Full Incident Report; or respond to a Preliminary Incident Report previously created for the incident by a third party reporter.",
    WHEN_EXPECTED,
  ),
  full: quote(
    "While Full Incident Reports SHOULD be posted as soon as possible, they MUST be posted within 14 days of the incident’s initial disclosure.",
    WHEN_EXPECTED,
  ),
  response: quote(
    "CA Owners SHOULD respond promptly to comments and questions, and MUST respond within 7 days, even if only to acknowledge the request and provide a timeline for a full response.",
    WHEN_UPDATED,
  ),
  update: quote(
    "Unless a Closure Report has been posted and no further questions have been raised, open incident reports MUST be updated: on or before the \"Next update\" date in the \"Whiteboard\" field of the bug […]; within 7 days, if a \"Next update\" date is not recorded; or within 3 days of an Action Item being changed, completed, or delayed.",
    WHEN_UPDATED,
  ),
  "revocation-update": quote(
    "In the case of Incident Reports with a Whiteboard field of \"revocation-delay\", reports SHOULD be updated every 3 days and MUST be updated no less frequently than every 7 days",
    WHEN_UPDATED,
  ),
  revocation: quote(
    "policy requires the revocation of one or more certificates by a certain deadline, such as those in BR Section 4.9, but that deadline will not be or has not been met by the CA Owner (i.e., a delayed revocation Incident Report).",
    "CCADB Incident Reporting Guidelines v3.2, How are reports scoped?",
  ) + " The TLS Baseline Requirements, section 4.9.1.1, set 24 hours for the first list of reasons and 5 days for the second.",
  closure: quote(
    "When all Action Items are complete and no outstanding comments or questions remain, CA Owners MUST (1) request closure in a Bugzilla comment using the template below and (2) select the \"Request information from\" checkbox and add incident-reporting [at] ccadb [dot] org.",
    HOW_CLOSED,
  ),
} as const satisfies Record<DeadlineId, string>;

/** After a Closure Summary, updates stop. */
export const CLOSURE_BASIS = quote(
  "After an Incident Closure Summary has been posted, CA Owners are not required to continue updating the incident report unless further questions are asked.",
  HOW_CLOSED,
);
