import { FIELDS, fieldsOf, inReportBody, usesField, type FieldSpec, type SectionId } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { FOLDED_INTO, fieldText } from "../fieldText.ts";
import { labelledBullet } from "../markdown.ts";

/**
 * A section that is a list of labelled fields (Summary, Impact, Closure),
 * straight from the catalogue, in template order, with the template's nesting.
 */
export function renderFieldList(draft: Draft, section: SectionId): string {
  const lines: string[] = [];
  let openParent: string | undefined;
  for (const key of fieldsOf(section)) {
    const spec: FieldSpec = FIELDS[key];
    if (!inReportBody(spec) || FOLDED_INTO[key] || !usesField(spec, draft.kind)) continue;
    if (spec.parent && spec.parent !== openParent) lines.push(`- **${spec.parent}:**`);
    openParent = spec.parent;
    lines.push(labelledBullet(spec.label, fieldText(draft, key), spec.parent ? 1 : 0));
  }
  return lines.join("\n");
}
