/** Every draft in this browser, grouped by incident (bug, or Summary line where no bug is known). */
import { useId } from "react";
import { useDraftSession } from "../DraftSessionContext.tsx";
import { formatRelative } from "../../domain/deadlines/formatRelative.ts";
import { formatUtc } from "../../domain/draft/datetime.ts";
import { groupDrafts, groupNext } from "../groups.ts";
import type { DraftSummary } from "../record.ts";
import { DraftRow } from "./DraftRow.tsx";

type Props = { drafts: readonly DraftSummary[]; openId: string | null; now: number; onOpened(): void };

export default function SavedDrafts({ drafts, openId, now, onOpened }: Props) {
  const session = useDraftSession();
  const groupId = useId();
  return (
    <div aria-label="Saved drafts" role="group" className="mt-4 space-y-4">
      {groupDrafts(drafts).map((group, i) => {
        const next = groupNext(group);
        return (
        <div key={group.key} role="group" aria-labelledby={`${groupId}-${i}`} className="space-y-2">
          <h3 id={`${groupId}-${i}`} className="text-sm font-semibold break-words text-slate-800 dark:text-slate-200">
            {group.label}
          </h3>
          {next && (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Next: {next.label}, {formatUtc(next.due)} ({formatRelative(next.due, now)})
            </p>
          )}
          <ul aria-label={`Drafts for ${group.bug === null ? group.label : `bug ${group.bug}`}`} className="space-y-2">
            {group.drafts.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                isOpen={draft.id === openId}
                onOpen={() => {
                  void session.open(draft.id);
                  onOpened();
                }}
                onDuplicate={() => void session.duplicate(draft.id)}
                onRename={(title) => void session.rename(draft.id, title)}
                onDelete={() => void session.remove(draft.id)}
              />
            ))}
          </ul>
        </div>
        );
      })}
    </div>
  );
}
