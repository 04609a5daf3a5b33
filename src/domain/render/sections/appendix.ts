import type { Draft } from "../../draft/schema.ts";
import { orPlaceholder } from "../markdown.ts";

/** Free Markdown; certificate lists are attachments, summarised in the text by the appendix tool. */
export function renderAppendix(draft: Draft): string {
  return orPlaceholder(draft.appendix.text);
}
