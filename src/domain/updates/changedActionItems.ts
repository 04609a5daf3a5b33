import type { ActionItem, Draft } from "../draft/schema.ts";

/** The action item fields whose change an update must report, in table order. */
export const TRACKED_FIELDS = ["description", "kind", "evaluationCriteria", "dueDate", "status"] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export type FieldChange = { field: TrackedField; from: string; to: string };

export type ActionItemChange =
  /** In the current draft, not in the posted one. `number` is its position in the current report (1-based). */
  | { change: "added"; id: string; number: number; item: ActionItem }
  /** In the posted draft only. `number` is its position in the posted report. */
  | { change: "removed"; id: string; number: number; item: ActionItem }
  /** In both, with at least one tracked field different (compared without surrounding whitespace). */
  | { change: "changed"; id: string; number: number; item: ActionItem; fields: FieldChange[] };

/**
 * What happened to the action items since the posted snapshot, matched by id
 * (so reordering is not a change): changed and added items in the current
 * report's order, then removed ones in the posted order. With no posted
 * snapshot every item is new.
 */
export function changedActionItems(current: Draft, posted: Draft | null): ActionItemChange[] {
  const before = new Map((posted?.actionItems ?? []).map((item) => [item.id, item]));
  const now = new Set(current.actionItems.map((item) => item.id));
  const out: ActionItemChange[] = [];
  current.actionItems.forEach((item, i) => {
    const old = before.get(item.id);
    if (old === undefined) {
      out.push({ change: "added", id: item.id, number: i + 1, item });
      return;
    }
    const fields = TRACKED_FIELDS.filter((field) => old[field].trim() !== item[field].trim()).map((field) => ({
      field,
      from: old[field].trim(),
      to: item[field].trim(),
    }));
    if (fields.length > 0) out.push({ change: "changed", id: item.id, number: i + 1, item, fields });
  });
  (posted?.actionItems ?? []).forEach((item, i) => {
    if (!now.has(item.id)) out.push({ change: "removed", id: item.id, number: i + 1, item });
  });
  return out;
}
