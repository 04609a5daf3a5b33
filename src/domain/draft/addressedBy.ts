/**
 * Which action items point at a contributing factor or lesson (by id): the
 * wizard names them when that item is removed, so the author knows whose
 * "Corresponding Root Cause(s)" just lost a target. Pure.
 */
import { ITEM_NAMES } from "./catalogue.ts";
import { wordList } from "../text/wordList.ts";
import type { ActionItem } from "./schema.ts";

/** The report's names of the action items whose `addresses` hold `id` ("Action Item #2"). */
export function actionItemsAddressing(actionItems: readonly Pick<ActionItem, "addresses">[], id: string): string[] {
  const names: string[] = [];
  actionItems.forEach((item, index) => {
    if (item.addresses.includes(id)) names.push(ITEM_NAMES.actionItems(index + 1));
  });
  return names;
}

/** The sentence shown beside Undo, or "" when no action item pointed at it. */
export function addressedByNote(actionItems: readonly Pick<ActionItem, "addresses">[], id: string): string {
  const names = actionItemsAddressing(actionItems, id);
  if (names.length === 0) return "";
  const verb = names.length === 1 ? "points" : "point";
  return `${wordList(names, "and")} ${verb} at it: Undo restores the link${names.length === 1 ? "" : "s"}.`;
}
