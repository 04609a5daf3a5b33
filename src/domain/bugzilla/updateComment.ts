/**
 * Update comments: the weekly (or 3-day) update a CA Owner posts between
 * reports. The app renders them as `## Update (2025-10-02)` with an Action
 * Items part (renderUpdateComment.ts); by hand CAs write "Weekly Update",
 * "Update:" or "Incident update - 2025-10-02" on the first line. The words
 * that start an update are data here, one place to add another.
 */
import { SECTIONS } from "../draft/catalogue.ts";
import { headingOf } from "../import/headings.ts";
import { labelKey } from "../import/labels.ts";

/** A first line that starts one of these words, then "update", names an update. */
const UPDATE_TITLE = /^(?:(?:weekly|bi-?weekly|incident|status|progress|revocation|\d{4}-\d{2}-\d{2})\s)?\s?update\b/;
/** The update says there is nothing new for the action items (the app's "No changes to the action items since our last update."). */
const NO_CHANGES = /\bno (?:changes?|updates?)\b/;
/** Without an Action Items part, a line such as "Action Item #3 is now complete" still names a change. */
const ITEM_CHANGED = /\baction item\s{0,3}#?\s{0,3}\d{1,4}\b.{1,200}?\b(?:complete|delay|chang|cancel|due|new|added|updated|postpone|extend|finish|done)/;

/** The first line that says something, without heading marks, bold or a closing colon. */
function titleKey(text: string): string {
  for (const raw of text.split("\n", 20)) {
    const line = raw.trim();
    if (line === "") continue;
    const heading = headingOf(line);
    return labelKey((heading ? heading.text : line).replace(/\*\*|__/g, "").slice(0, 200));
  }
  return "";
}

export function isUpdateComment(text: string): boolean {
  return UPDATE_TITLE.test(titleKey(text));
}

/** The lines under the update's Action Items heading, up to the next heading. */
function actionItemsPart(lines: readonly string[]): string[] | null {
  const key = labelKey(SECTIONS.actionItems.heading);
  const start = lines.findIndex((line) => {
    const heading = headingOf(line.trim());
    return (heading ? heading.key : labelKey(line.replace(/\*\*|__/g, ""))) === key;
  });
  if (start === -1) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => headingOf(line.trim()) !== null);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Whether an update lists changes to the action items: an Action Items part that is not "no changes", or a line naming a changed item. */
export function listsActionItemChanges(text: string): boolean {
  const lines = text.split("\n");
  const part = actionItemsPart(lines);
  if (part) {
    const said = part.map((l) => l.trim()).filter(Boolean);
    return said.length > 0 && !(said.length === 1 && NO_CHANGES.test(said[0].toLowerCase()));
  }
  return lines.some((line) => line.length <= 2000 && ITEM_CHANGED.test(line.toLowerCase()));
}
