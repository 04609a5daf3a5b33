import type { ReportKind } from "../../domain/draft/schema.ts";

export const KIND_LABEL = { preliminary: "Preliminary", full: "Full", closure: "Closure" } as const satisfies Record<ReportKind, string>;

/** "12 Mar 2025, 14:02" in the user's locale. */
export function when(ms: number): string {
  return new Date(ms).toLocaleString([], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
