const ADDRESS = "incident-reporting@ccadb.org";

/**
 * What the guidelines require for a security-sensitive report ("How do I
 * submit a security-sensitive incident report?"): the form alone does not
 * make the bug private.
 */
export function SecurityNotice() {
  return (
    <div role="note" aria-label="Security-sensitive report" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">Security-sensitive report</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          "Open in Bugzilla" files it in the <strong>CA Security Vulnerability</strong> component. Neither the report nor its title is put in the
          link (links stay in browser history and server logs): the report is copied, and you paste it into the Description field, then “Copy
          summary line” and paste it into the Summary field.
        </li>
        <li>
          Under "Security", make sure the <strong>CA Program Security</strong> checkbox is ticked: with every security box
          unchecked, the bug is public.
        </li>
        <li>
          Under "People", add <strong>{ADDRESS}</strong> to the CC list.
        </li>
        <li>
          After filing the bug, also email <strong>{ADDRESS}</strong>.
        </li>
        <li>Once the risk is mitigated, file a public report, or email {ADDRESS} to have this one made public.</li>
      </ul>
    </div>
  );
}
