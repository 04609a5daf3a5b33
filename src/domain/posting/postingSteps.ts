/**
 * What to do on Bugzilla after the app has copied the report and opened the
 * page: the guidelines' steps for the report's kind, in order. Shown in the
 * app, never added to the report.
 */
import type { Draft } from "../draft/schema.ts";
import { CCADB_ADDRESS, type PostingTarget } from "./postingTarget.ts";

export type PostingStep = { id: string; text: string };

const PREVIEW = "Use Bugzilla's Preview to check it renders as expected (the guidelines: reporters SHOULD use it before posting).";

/** The guidelines' "How do I submit a security-sensitive incident report?", for a new bug. */
const SECURITY_NEW_BUG: readonly PostingStep[] = [
  { id: "security-group", text: "Under “Security”, make sure “CA Program Security” is ticked: with every security box unchecked, the bug is public." },
  { id: "security-cc", text: `Under “People”, add ${CCADB_ADDRESS} to the CC list.` },
  { id: "security-email", text: `After filing the bug, also email ${CCADB_ADDRESS}.` },
];

/** The same section, for a comment on a bug that is already security-sensitive. */
const SECURITY_COMMENT: readonly PostingStep[] = [
  { id: "security-group", text: "Check that “CA Program Security” is still ticked under “Security”: the comment is as private as the bug." },
  {
    id: "security-public",
    text: `Once the security risk is mitigated, file a new public incident report, or email ${CCADB_ADDRESS} to have this bug converted to a public report.`,
  },
];

function newBugSteps(draft: Draft, descriptionIncluded: boolean): PostingStep[] {
  return [
    descriptionIncluded
      ? { id: "check", text: "Check the Summary and the Description Bugzilla's form was opened with." }
      : { id: "paste", text: "Paste the report (it is copied) into the Description field." },
    // Not in the link for a security-sensitive report (see newBugLink).
    ...(draft.securitySensitive === true ? [{ id: "summary", text: "Copy the summary line (“Copy summary line”) into the Summary field: it is not in the link." }] : []),
    { id: "preview", text: PREVIEW },
    ...(draft.securitySensitive === true ? SECURITY_NEW_BUG : []),
    { id: "submit", text: "Submit the bug." },
    { id: "record-bug", text: "Come back here and enter the bug number Bugzilla gave it, so the next reports go to the same bug." },
  ];
}

function commentSteps(draft: Draft, bug: number): PostingStep[] {
  const steps: PostingStep[] = [
    { id: "paste", text: `Paste the report (it is copied) into the comment box of bug ${bug}.` },
    { id: "preview", text: PREVIEW },
  ];
  if (draft.kind === "closure") {
    steps.push({
      id: "needinfo",
      text: `Tick “Request information from” and enter ${CCADB_ADDRESS} (the guidelines, “How are reports closed?”): a Bugzilla moderator then makes a final call for comments and closes the report.`,
    });
  }
  if (draft.securitySensitive === true) steps.push(...SECURITY_COMMENT);
  steps.push({ id: "submit", text: "Submit the comment, then mark this draft as posted here." });
  return steps;
}

/** The steps on Bugzilla for posting the draft to `target`. */
export function postingSteps(draft: Draft, target: PostingTarget, descriptionIncluded = false): PostingStep[] {
  return target.kind === "new-bug" ? newBugSteps(draft, descriptionIncluded) : commentSteps(draft, target.bug);
}
