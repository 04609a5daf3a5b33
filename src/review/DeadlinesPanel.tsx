/**
 * When the next thing is due on the bug: the guidelines' deadlines, counted
 * from the incident record and the report, in UTC and on the author's clock,
 * downloadable as a calendar. The record's facts are edited beside it
 * (`children`: the wizard's incident facts).
 */
import { useMemo, useState, type ReactNode } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import { computeDeadlines } from "../domain/deadlines/computeDeadlines.ts";
import { deadlinesToIcs } from "../domain/deadlines/ics/deadlinesToIcs.ts";
import type { MissingFact } from "../domain/deadlines/types.ts";
import { recordOf } from "../domain/incident/record.ts";
import { downloadText } from "../ui/download.ts";
import { slugify } from "../ui/fileName.ts";
import { summaryLine } from "../domain/render/bugzilla.ts";
import { ThirdPartyNextSteps } from "./ScopedDeadlines.tsx";
import { DeadlineItem } from "./DeadlineItem.tsx";
import { formatUtc } from "../domain/draft/datetime.ts";
import { formatInZone, localTimeZone } from "../domain/draft/timeZones.ts";
import { BUTTON, MUTED, PANEL, STATUS } from "../ui/panelStyles.ts";

type Props = { draft: Draft; now: number; onAsk(fact: MissingFact["fact"]): void; children?: ReactNode };

export function DeadlinesPanel({ draft, now, onAsk, children }: Props) {
  if (draft.author === "third-party") return <ThirdPartyNextSteps draft={draft} />;
  return (
    <CaDeadlinesPanel draft={draft} now={now} onAsk={onAsk}>
      {children}
    </CaDeadlinesPanel>
  );
}

function CaDeadlinesPanel({ draft, now, onAsk, children }: Props) {
  const [status, setStatus] = useState("");
  const record = recordOf(draft);
  const deadlines = useMemo(() => computeDeadlines(draft, record, now), [draft, record, now]);
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
      <p className={MUTED}>
        Counted as the guidelines v3.2 count them, from the incident record below (shared by every draft of this incident) and what the report
        says. Each says what it counts from and where that came from.
      </p>
      <ul className="space-y-2" aria-label="Deadlines">
        {deadlines.map((d, i) => (
          <DeadlineItem key={`${d.id}-${i}`} deadline={d} now={now} onAsk={onAsk} />
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
      {children}
    </section>
  );
}
