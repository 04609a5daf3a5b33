import type { z } from "zod";
import type { ReadyDraftSchema } from "./readinessSchema.ts";

/** The form's values: the draft as the schema reads it. */
export type DraftForm = z.input<typeof ReadyDraftSchema>;

/** A DOM id for a form field name: `actionItems.2.kind` -> `f-actionItems-2-kind`. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}
