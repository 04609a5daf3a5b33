import type { Draft } from "../../draft/schema.ts";
import { cleanSummaryText } from "../../posting/summaryText.ts";
import type { Deadline } from "../types.ts";
import { escapeText } from "./escapeText.ts";
import { foldLine } from "./foldLine.ts";
import { stableUid } from "./stableUid.ts";

/** `20250304T172000Z`: RFC 5545 DATE-TIME in UTC. */
export function icsUtc(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The deadlines with a date and not yet met, as an iCalendar file (RFC 5545):
 * CRLF line endings, lines folded at 75 octets, times in UTC, one event per
 * deadline with a reminder a day before. `now` is the DTSTAMP.
 */
export function deadlinesToIcs(deadlines: readonly Deadline[], draft: Draft, now: number): string {
  // As on the summary line: no bidi controls (a calendar shows the title as one line too) and no line breaks.
  const report = [draft.caOwner, draft.title].map((text) => cleanSummaryText(text).text.trim()).filter((s) => s !== "").join(": ") || "Incident report";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ccadb-incident-report//Deadlines//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`Deadlines: ${report}`)}`,
  ];
  for (const deadline of deadlines) {
    if (deadline.due === null || deadline.state === "done" || deadline.state === "not-applicable") continue;
    const summary = `${report}: ${deadline.label}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${stableUid(draft, deadline.id)}`,
      `DTSTAMP:${icsUtc(now)}`,
      `DTSTART:${icsUtc(deadline.due)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(`Due ${deadline.counted}.\n${deadline.basis}`)}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT24H",
      `DESCRIPTION:${escapeText(summary)}`,
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
