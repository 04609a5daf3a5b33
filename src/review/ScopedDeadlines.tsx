/**
 * The deadlines panel of a third party's Preliminary: the deadlines are the
 * CA Owner's, so it says what happens next instead.
 */
import { BASES } from "../domain/deadlines/bases.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { bugUrl } from "../domain/render/bugzilla.ts";
import { PANEL, QUOTE } from "../ui/panelStyles.ts";

const LINK = "font-medium text-blue-800 underline dark:text-blue-300";

function BugLink({ bug }: { bug: number }) {
  return (
    <a className={LINK} href={bugUrl(bug)} target="_blank" rel="noopener noreferrer">
      bug {bug}
    </a>
  );
}

/** A third party's Preliminary: none of the CA Owner's deadlines, what happens next instead. */
export function ThirdPartyNextSteps({ draft }: { draft: Draft }) {
  const bug = draft.bug ?? null;
  return (
    <section aria-labelledby="deadlines" className={PANEL}>
      <h3 id="deadlines" className="text-base font-semibold">
        After you file
      </h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>
          {bug === null ? (
            "Once the bug is filed, enter the number Bugzilla gave it (under the preview, after Open in Bugzilla) to keep its link here."
          ) : (
            <>
              Your report: <BugLink bug={bug} />. Follow the bug for the CA Owner's response and questions.
            </>
          )}
        </li>
        <li>
          The guidelines' deadlines are the CA Owner's, not yours: within 72 hours of becoming aware, the CA Owner must respond to your
          Preliminary report (or post a report of their own), then post the Full report and the updates on the same bug.
        </li>
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer rounded text-blue-800 underline dark:text-blue-300">Basis</summary>
        <blockquote className={`mt-1 ${QUOTE}`}>{BASES.preliminary}</blockquote>
      </details>
    </section>
  );
}
