/**
 * Whether a draft holds anything its author entered: changing such a draft's
 * report kind asks first, because the other kind shows other sections. Pure.
 */
import { newDraftFor } from "./newDraft.ts";
import type { Draft } from "./schema.ts";

/** The draft's identity, not its content. */
const NOT_CONTENT = new Set(["format", "version", "kind", "author", "certificateKind"]);

/** Whether `value` holds something that a new draft's `baseline` does not. */
function entered(value: unknown, baseline: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "" && value !== baseline;
  if (typeof value === "number") return value !== baseline;
  if (typeof value === "boolean") return value && baseline !== true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && value !== null) {
    const base = typeof baseline === "object" && baseline !== null ? baseline : null;
    return Object.entries(value).some(([key, v]) => !NOT_CONTENT.has(key) && entered(v, base ? Reflect.get(base, key) : undefined));
  }
  return false;
}

/** True when any field, list or switch differs from a new draft of the same kind (a third party's default Source is not content). */
export function hasContent(draft: Draft): boolean {
  return entered(draft, newDraftFor(draft.kind, draft.author));
}
