import { NOT_APPLICABLE } from "../draft/catalogue.ts";
import type { Draft, NotApplicableList } from "../draft/schema.ts";
import { PLACEHOLDER } from "./markdown.ts";

/** What a list section reads with no items: N/A only when the author marked it N/A, else the placeholder. */
export function emptyListText(draft: Draft, list: NotApplicableList | null): string {
  return list !== null && draft.notApplicable?.includes(list) ? NOT_APPLICABLE : PLACEHOLDER;
}
