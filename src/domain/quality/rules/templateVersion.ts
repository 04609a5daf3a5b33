import { instantOf } from "../../draft/datetime.ts";
import type { Draft } from "../../draft/schema.ts";
import { GRACE_DAYS, RENDERED_TEMPLATE, TEMPLATE_VERSIONS, type TemplateVersion } from "../../templates/versions.ts";
import type { QualityContext, QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const DAY = 86_400_000;

/**
 * The version that superseded `rendered` more than `GRACE_DAYS` before
 * `now` (the newest such), or null while `rendered` may still be used.
 */
export function supersededBy(rendered: string, now: number, versions: readonly TemplateVersion[] = TEMPLATE_VERSIONS): TemplateVersion | null {
  const own = versions.find((v) => v.version === rendered);
  const since = own === undefined ? null : instantOf(own.effective);
  if (since === null) return null;
  const later = versions.filter((v) => {
    const at = instantOf(v.effective);
    return at !== null && at > since && now > at + GRACE_DAYS * DAY;
  });
  return later.at(-1) ?? null;
}

/**
 * The report is written in a template that was superseded more than 30
 * days before it is posted ("now"). The app renders every draft, an
 * imported v2.0 report included, in `RENDERED_TEMPLATE`; so this fires when
 * a newer version is added to `TEMPLATE_VERSIONS` and its grace period ends
 * before the renderer follows it.
 */
export function templateVersion(_draft: Draft, context: QualityContext, versions: readonly TemplateVersion[] = TEMPLATE_VERSIONS): QualityWarning[] {
  const newer = supersededBy(RENDERED_TEMPLATE, context.now, versions);
  if (newer === null) return [];
  return [
    warn(
      "template-version",
      "",
      `This report follows the v${RENDERED_TEMPLATE} templates, superseded by v${newer.version} on ${newer.effective}, more than ${GRACE_DAYS} days ago. Rewrite its headings and fields in the v${newer.version} template before posting (or use a version of this tool that writes it).`,
    ),
  ];
}
