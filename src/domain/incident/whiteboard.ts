/**
 * A bug's Whiteboard as the CA Program writes it: bracketed categories
 * (`[ca-compliance] [leaf-revocation-delay]`, `[close on 2025-11-20]`) and
 * a "Next update" date in running text, in whatever form it was typed.
 */
import { whiteboardTags } from "../incidents/whiteboard.ts";
import { DATE_IN_TEXT, dateReadings } from "./whiteboardDate.ts";

/** A date of the Whiteboard: as written, and what it can mean (one reading, two to ask about, or none understood). */
export type WhiteboardDate = { written: string; readings: string[] };

export type WhiteboardReading = {
  /** Categories, lower case, without `ca-compliance` and `close on`. */
  tags: string[];
  /** `[leaf-revocation-delay]` or `[ca-revocation-delay]`: updates every 3 days (SHOULD), at most 7 (MUST). */
  revocationDelay: boolean;
  nextUpdate: WhiteboardDate | null;
  closeOn: WhiteboardDate | null;
};

const NEXT_UPDATE = /next[\s-]*update\b[\s:]*(?:(?:on|at|by|due|before)\b\s*)?(.{0,40})/i;
const CLOSE_ON = /\[\s*close[\s-]+on[\s:-]+([^\]]{1,40})\]/i;

/** The date at the start of `rest`, or what was written there when no date can be found. */
function dateAfter(rest: string): WhiteboardDate {
  const found = DATE_IN_TEXT.exec(rest);
  if (!found || rest.slice(0, found.index).trim() !== "") return { written: (rest.includes("[") ? rest.slice(0, rest.indexOf("[")) : rest).trim(), readings: [] };
  return { written: found[0], readings: dateReadings(found[0]) };
}

export function readWhiteboard(whiteboard: string): WhiteboardReading {
  const tags = whiteboardTags(whiteboard);
  const next = NEXT_UPDATE.exec(whiteboard);
  const close = CLOSE_ON.exec(whiteboard);
  return {
    tags,
    revocationDelay: tags.some((tag) => tag.endsWith("revocation-delay")),
    nextUpdate: next ? dateAfter(next[1]) : null,
    closeOn: close ? dateAfter(close[1]) : null,
  };
}
