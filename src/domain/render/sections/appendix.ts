import type { Draft } from "../../draft/schema.ts";
import { orNotApplicable } from "../markdown.ts";

/** Free Markdown; certificate lists are attachments, summarised in the text by the appendix tool. */
export function renderAppendix(draft: Draft): string {
  return orNotApplicable(draft.appendix.text);
}
