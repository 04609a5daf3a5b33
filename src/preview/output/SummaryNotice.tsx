import { summaryTextNotice } from "../../domain/posting/summaryText.ts";

/** Says what was left out of the Bugzilla summary line (bidi controls, line breaks), when anything was. */
export function SummaryNotice({ draft }: { draft: { caOwner: string; title: string } }) {
  const notice = summaryTextNotice(draft);
  if (!notice) return null;
  return (
    <p role="note" aria-label="Summary line" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      {notice}
    </p>
  );
}
