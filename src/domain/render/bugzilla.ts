/**
 * Facts about bugzilla.mozilla.org that the output depends on
 * (shared/spec/bugzilla-markdown.md).
 */
import type { Draft } from "../draft/schema.ts";
import { cleanSummaryText } from "../posting/summaryText.ts";

/** Bugzilla refuses a comment or description longer than this. */
export const BUGZILLA_MAX_CHARS = 65_535;

/** Warn this close to the limit, before the user pastes. */
export const BUGZILLA_WARN_CHARS = 60_000;

const BUGZILLA = "https://bugzilla.mozilla.org";

export function bugUrl(bug: number): string {
  return `${BUGZILLA}/show_bug.cgi?id=${bug}`;
}

/** The bug's page scrolled to its comment box (the textarea Bugzilla names `comment`). */
export function commentUrl(bug: number): string {
  return `${bugUrl(bug)}#comment`;
}

/**
 * Length as Bugzilla counts it: characters (code points, not UTF-16 units),
 * after trailing whitespace is stripped and CRLF becomes LF.
 */
export function bugzillaLength(markdown: string): number {
  let count = 0;
  for (const _ of markdown.replace(/\r\n/g, "\n").trimEnd()) count++;
  return count;
}

/**
 * Bugzilla's "Summary" field: the CA Owner's name, a colon, and a brief
 * title; without bidi controls or line breaks (`summaryTextNotice` says so).
 */
export function summaryLine(draft: Pick<Draft, "caOwner" | "title">): string {
  const owner = cleanSummaryText(draft.caOwner).text.trim();
  const title = cleanSummaryText(draft.title).text.trim();
  return `${owner || "CA Owner"}: ${title || "Brief title"}`;
}

/** The Whiteboard tags the draft implies. */
export function whiteboard(draft: Pick<Draft, "revocationDelay">): string {
  return draft.revocationDelay ? "[ca-compliance] [revocation-delay]" : "[ca-compliance]";
}

/** URLs much longer than this are cut or refused by browsers and servers along the way. */
export const MAX_PREFILL_URL = 8_000;

/** Why the report is not in the link: it must be pasted into the form. */
export type LeftOut = "too-long" | "security-sensitive";

export type NewBugLink = {
  url: string;
  /** Why the report is not in the URL (paste it into the form); null when it is. */
  leftOut: LeftOut | null;
};

/**
 * The new-bug form, prefilled. A security-sensitive incident goes to the
 * "CA Security Vulnerability" component in the ca-program-security group,
 * and neither its report nor its title travels in the URL: a GET URL is kept
 * in browser history and in the logs of proxies and servers.
 */
export function newBugLink(draft: Draft, markdown: string): NewBugLink {
  const params = new URLSearchParams({
    product: "CA Program",
    component: draft.securitySensitive ? "CA Security Vulnerability" : "CA Certificate Compliance",
    bug_type: "task",
  });
  if (!draft.securitySensitive) params.set("short_desc", summaryLine(draft));
  if (draft.securitySensitive) {
    params.set("groups", "ca-program-security");
    params.set("cc", "incident-reporting@ccadb.org");
  } else {
    params.set("status_whiteboard", whiteboard(draft));
  }
  const base = `${BUGZILLA}/enter_bug.cgi?${params.toString().replace(/\+/g, "%20")}`;
  if (draft.securitySensitive) return { url: base, leftOut: "security-sensitive" };
  const withComment = `${base}&comment=${encodeURIComponent(markdown)}`;
  return withComment.length <= MAX_PREFILL_URL
    ? { url: withComment, leftOut: null }
    : { url: base, leftOut: "too-long" };
}
