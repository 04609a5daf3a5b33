/**
 * What the user is told when "Open in Bugzilla" opened the new-bug form
 * without the report in it, so the Description field is empty.
 */
import type { LeftOut } from "../render/bugzilla.ts";

const WHY: Record<LeftOut, string> = {
  "too-long": "The report is too long to fit in the link",
  "security-sensitive":
    "This report is security-sensitive, so neither it nor its title is put in the link (a link is kept in browser history and in the logs of proxies and servers)",
};

/** `copied`: whether the report is on the clipboard now. */
export function pasteNotice(leftOut: LeftOut, copied: boolean): string {
  const then = copied ? "the report has been copied, paste it there." : "copy the report and paste it there.";
  if (leftOut === "security-sensitive") return `${WHY[leftOut]}, so Bugzilla's Summary and Description fields are empty: ${then} Then “Copy summary line” and paste it into Summary.`;
  return `${WHY[leftOut]}, so Bugzilla's Description field is empty: ${then}`;
}
