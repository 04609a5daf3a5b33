import { ITEM_FIELDS, ITEM_NAMES } from "../../draft/catalogue.ts";
import type { Draft, RootCause } from "../../draft/schema.ts";
import { emptyListText } from "../emptySection.ts";
import { labelledBullet, plainInline } from "../markdown.ts";

const PARTS = ["description", "timeline", "detection", "interaction", "methodology"] as const satisfies readonly (keyof RootCause)[];

/** `**Contributing Factor #n: title**` followed by its five labelled bullets. */
export function renderRootCauses(draft: Draft): string {
  if (draft.rootCauses.length === 0) return emptyListText(draft, null);
  return draft.rootCauses
    .map((cause, i) => {
      const bullets = PARTS.map((part) => labelledBullet(ITEM_FIELDS.rootCauses[part].label, cause[part]));
      return [`**${ITEM_NAMES.rootCauses(i + 1)}: ${plainInline(cause.title)}**`, ...bullets].join("\n");
    })
    .join("\n\n");
}
