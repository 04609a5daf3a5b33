import type { Draft } from "../../draft/schema.ts";
import { owesRootProgramNotices, ROOT_PROGRAM_IDS, ROOT_PROGRAM_NOTICES } from "../../notices/rootProgramNotices.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/**
 * A CA Owner's security-sensitive report (an incident not yet public) with
 * root programs not yet ticked as notified, each with its address and what
 * to send. One warning per program, quoting that program's policy.
 */
export function rootProgramNotices(draft: Draft): QualityWarning[] {
  if (!owesRootProgramNotices(draft)) return [];
  return ROOT_PROGRAM_IDS.filter((id) => draft.rootProgramNotices?.[id] !== true).map((id) => {
    const notice = ROOT_PROGRAM_NOTICES[id];
    return warn(
      "root-program-notices",
      "rootProgramNotices",
      `The ${notice.program} is not ticked as notified. Email ${notice.address} with ${notice.what}, then tick it under Review › Root programs to notify.`,
      `“${notice.quote}” (${notice.source})`,
    );
  });
}
