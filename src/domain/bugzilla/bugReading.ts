/**
 * What reading a bug gives: the bug's own fields, every report and update
 * found in its comments, and the incident record (the draft format's
 * `incident`, same names). `ccadb-report bug N --json` writes it; the app can
 * load that file where the browser cannot reach Bugzilla. A schema of its
 * own, so such a file is checked like a draft is.
 */
import * as z from "zod/mini";
import { IncidentRecordSchema, POSTED_KINDS } from "../draft/schema.ts";

export const BUG_READING_FORMAT = "ccadb-bug-reading";

export const FoundReportSchema = z.strictObject({
  kind: z.enum(POSTED_KINDS),
  comment: z.int().check(z.nonnegative()),
  author: z.string(),
  at: z.string(),
  /** Whether its author counts as the CA Owner (see the README's rule). */
  byCaOwner: z.boolean(),
  /** An update comment that lists changes to the action items. */
  changesActionItems: z.optional(z.boolean()),
});

export const BugReadingSchema = z.strictObject({
  format: z.literal(BUG_READING_FORMAT),
  bug: z.int().check(z.positive()),
  /** The bug's page. */
  url: z.string(),
  /** When it was read: a DateTime in UTC. */
  retrieved: z.string(),
  summary: z.string(),
  status: z.string(),
  resolution: z.string(),
  /** The accounts counted as the CA Owner's, lower case. */
  caOwner: z.array(z.string()),
  reports: z.array(FoundReportSchema),
  /** Comments not read: private ones (only an API key shows them) and ones Bugzilla gave without a number or time. */
  privateComments: z.int().check(z.nonnegative()),
  unreadableComments: z.int().check(z.nonnegative()),
  incident: IncidentRecordSchema,
});

export type BugReading = z.output<typeof BugReadingSchema>;
export type FoundReportRecord = z.output<typeof FoundReportSchema>;

/** A file `ccadb-report bug N --json` wrote, or why it is not one. */
export function parseBugReading(value: unknown): { ok: true; reading: BugReading } | { ok: false; message: string } {
  const result = BugReadingSchema.safeParse(value);
  if (result.success) return { ok: true, reading: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: `not a bug reading (${BUG_READING_FORMAT}): ${issue.path.join(".") || "the file"}: ${issue.message}` };
}
