/**
 * When the next thing is due on the bug: the deadlines of the guidelines and
 * the BRs, in UTC and relative to now, downloadable as a calendar.
 */
import { useMemo, useState } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import { computeDeadlines } from "../domain/deadlines/computeDeadlines.ts";
import { deadlinesToIcs } from "../domain/deadlines/ics/deadlinesToIcs.ts";
import { downloadText } from "../preview/output/download.ts";
import { slugify } from "../preview/output/fileName.ts";
import { summaryLine } from "../domain/render/bugzilla.ts";
import { applicableDeadlines } from "../domain/deadlines/applicableDeadlines.ts";
import { ClosureStillApplies, ThirdPartyNextSteps } from "./ScopedDeadlines.tsx";
import { DeadlineInputsFields } from "./DeadlineInputsFields.tsx";
import { DeadlineItem } from "./DeadlineItem.tsx";
import { toDeadlineInput } from "./deadlineInputs.ts";
import { useDeadlineInputs } from "./deadlineInputsStore.ts";
import { formatUtc } from "../domain/draft/datetime.ts";
import { formatInZone, localTimeZone } from "../domain/draft/timeZones.ts";
import { BUTTON, MUTED, PANEL, STATUS } from "./styles.ts";
import type { OpenDraft } from "./useOpenDraft.ts";

type Props = { draft: Draft; now: number; open: OpenDraft };

export function DeadlinesPanel({ draft, now, open }: Props) {
  const scope = applicableDeadlines(draft);
  if (scope.reason === "third-party") return <ThirdPartyNextSteps draft={draft} />;
  return <CaDeadlinesPanel draft={draft} now={now} open={open} closure={scope.reason === "closure"} />;
}

function CaDeadlinesPanel({ draft, now, open, closure }: Props & { closure: boolean }) {
  const [inputs, setInputs] = useDeadlineInputs(open.id);
  const [status, setStatus] = useState("");
  const postedAt = open.posted?.postedAt ?? null;
  const deadlines = useMemo(() => computeDeadlines(draft, toDeadlineInput(inputs, now, postedAt)), [draft, inputs, now, postedAt]);
  const localNow = formatInZone(now, localTimeZone());

  const download = () => {
    const name = `${slugify(summaryLine(draft)) || "incident-report"}-deadlines.ics`;
    downloadText(name, deadlinesToIcs(deadlines, draft, now), "text/calendar;charset=utf-8");
    setStatus(`Downloaded ${name}`);
  };

  return (
    <section aria-labelledby="deadlines" className={PANEL}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="deadlines" className="text-base font-semibold">
          Deadlines
        </h3>
        <p className={`${MUTED} text-right`}>
          Now: <time dateTime={new Date(now).toISOString()}>{formatUtc(now)}</time>
          {localNow !== null && <span className="block">Local time: {localNow}</span>}
        </p>
      </div>
      {closure && <ClosureStillApplies bug={draft.bug ?? null} />}
      <ul className="space-y-2" aria-label="Deadlines">
        {deadlines.map((d) => (
          <DeadlineItem key={d.id} deadline={d} now={now} />
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={BUTTON} onClick={download}>
          Download .ics
        </button>
        <p role="status" className={STATUS}>
          {status}
        </p>
      </div>
      <DeadlineInputsFields inputs={inputs} postedAt={postedAt} onChange={setInputs} />
    </section>
  );
}
