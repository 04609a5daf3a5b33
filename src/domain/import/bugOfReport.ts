/**
 * The bug a report was posted on, when the import is told or the pasted text
 * names it: an address or number given with the import, else a line before
 * the report's first heading that is a bug's address or number, or the
 * heading Bugzilla shows above a bug ("Bug 1234567 - CA Owner: title") when
 * the page was copied.
 */
import { parseBugNumber } from "../draft/bugNumber.ts";

const PAGE_HEADING = /^bug\s+(\d{1,9})\s+[-–]\s+\S/i;

export function bugOfReport(text: string, given = ""): number | null {
  const fromGiven = parseBugNumber(given);
  if (fromGiven !== null) return fromGiven;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (/^#{1,6}\s/.test(trimmed)) break;
    if (trimmed === "") continue;
    const heading = PAGE_HEADING.exec(trimmed);
    const bug = heading ? Number(heading[1]) : parseBugNumber(trimmed);
    if (bug !== null && bug > 0) return bug;
  }
  return null;
}
