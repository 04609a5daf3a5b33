/**
 * Stage 2: whose comments are the CA Owner's. Bugzilla does not say; the bug
 * does, in who it is assigned to and who posted the reports:
 * - the bug's assignee, unless it is Bugzilla's placeholder (nobody@…);
 * - whoever posted a Full report or a Closure Summary (only CA Owners write them);
 * - whoever posted a Preliminary report, except the bug's description
 *   (comment 0) when the bug is assigned to someone else: that is a third
 *   party reporting the CA;
 * - the bug's creator, when none of these names anyone.
 * Login names are compared without regard to case.
 */
import type { BugComment, BugFacts } from "./types.ts";
import type { CommentKind } from "./commentKind.ts";

const key = (login: string) => login.trim().toLowerCase();

/** Bugzilla's "not assigned yet" accounts. */
export function isPlaceholderAssignee(login: string): boolean {
  const k = key(login);
  return k === "" || k.startsWith("nobody@") || k === "nobody";
}

export function caOwnerAccounts(bug: BugFacts, comments: ReadonlyArray<{ comment: BugComment; kind: CommentKind }>): Set<string> {
  const accounts = new Set<string>();
  const assignee = isPlaceholderAssignee(bug.assignedTo) ? "" : key(bug.assignedTo);
  if (assignee) accounts.add(assignee);
  for (const { comment, kind } of comments) {
    if (kind.kind !== "report" || comment.author === "") continue;
    const author = key(comment.author);
    const thirdPartyDescription = kind.report === "preliminary" && comment.count === 0 && assignee !== "" && author !== assignee;
    if (!thirdPartyDescription) accounts.add(author);
  }
  if (accounts.size === 0 && key(bug.creator) !== "") accounts.add(key(bug.creator));
  return accounts;
}

export function isCaOwner(accounts: ReadonlySet<string>, login: string): boolean {
  return accounts.has(key(login));
}
