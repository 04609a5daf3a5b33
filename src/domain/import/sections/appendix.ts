/** The Appendix: free Markdown to the end of the report (it is the template's last section). */
import { normalizeText } from "../../render/markdown.ts";
import type { ReadContext } from "../context.ts";
import type { Line } from "../lines.ts";
import { FIELDS } from "../../draft/catalogue.ts";
import { textValue } from "../values.ts";

export function readAppendix(lines: readonly Line[], ctx: ReadContext): void {
  const text = normalizeText(lines.map((l) => l.text).join("\n"));
  ctx.draft.appendix.text = textValue(text, FIELDS["appendix.text"].notApplicable, ctx.mode);
}
