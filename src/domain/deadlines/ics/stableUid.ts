import type { Draft } from "../../draft/schema.ts";

/** FNV-1a, 32 bits, as 8 hex digits: a short stable digest, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A UID that stays the same across exports, so a calendar updates the event
 * instead of adding a copy. The draft has no id of its own, so it is derived
 * from the CA Owner and the title (renaming the report starts new events).
 */
export function stableUid(draft: Draft, deadlineId: string): string {
  return `${deadlineId}-${fnv1a(`${draft.caOwner.trim()}\n${draft.title.trim()}`)}@ccadb-incident-report`;
}
