/**
 * The deadlines panel for reports that owe fewer deadlines than a CA Owner's
 * open report: a third party's Preliminary (the deadlines are the CA
 * Owner's) and a Closure whose action items are done (see `applicableDeadlines`).
 */
import { BASES, CLOSURE_BASIS } from "../domain/deadlines/bases.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { CCADB_ADDRESS } from "../domain/posting/postingTarget.ts";
import { bugUrl } from "../domain/render/bugzilla.ts";
import { MUTED, PANEL, QUOTE } from "./styles.ts";

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
        <blockquote className={`mt-1 ${QUOTE}`}>{BASES["initial-report"]}</blockquote>
      </details>
    </section>
  );
}

/** A Closure whose action items are done: what still applies, above the open-question deadline. */
export function ClosureStillApplies({ bug }: { bug: number | null }) {
  return (
    <div className="space-y-1 text-sm">
      <p className={MUTED}>
        Every action item is Complete or Canceled, so the update and revocation deadlines ended with them. What still applies:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>Answer every comment or question on the bug within 7 days (enter when the oldest open one was asked, below).</li>
        <li>
          Request closure: post this Closure Summary as a comment on {bug === null ? "the incident's bug" : <BugLink bug={bug} />}, tick “Request
          information from” and enter {CCADB_ADDRESS}.
        </li>
      </ul>
      <details>
        <summary className="cursor-pointer rounded text-blue-800 underline dark:text-blue-300">Basis</summary>
        <blockquote className={`mt-1 ${QUOTE}`}>{CLOSURE_BASIS}</blockquote>
      </details>
    </div>
  );
}
