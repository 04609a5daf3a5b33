/**
 * Whom to notify directly of a security-sensitive incident, as a checklist
 * saved with the draft (`rootProgramNotices`). The programs, addresses and
 * policy words are data (src/domain/notices); the quality review warns
 * about each one not ticked.
 */
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ROOT_PROGRAM_IDS, ROOT_PROGRAM_NOTICES, type RootProgramId } from "../domain/notices/rootProgramNotices.ts";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { MUTED, PANEL, QUOTE } from "./styles.ts";

/** The heading's id: the quality review's "Go to" for these warnings focuses it. */
export const ROOT_PROGRAM_NOTICES_ID = "root-program-notices";

export function RootProgramNotices() {
  const base = useId();
  const { setValue, control } = useFormContext<DraftForm>();
  // Read from the form itself, so a box follows its click at once (as the closure checklist does).
  const ticked = useWatch({ control, name: "rootProgramNotices" });
  const done = (id: RootProgramId) => ticked?.[id] === true;
  const tick = (id: RootProgramId, checked: boolean) => setValue("rootProgramNotices", { ...ticked, [id]: checked }, { shouldDirty: true });
  const left = ROOT_PROGRAM_IDS.filter((id) => !done(id)).length;
  return (
    <section aria-labelledby={ROOT_PROGRAM_NOTICES_ID} className={PANEL}>
      <h3 id={ROOT_PROGRAM_NOTICES_ID} tabIndex={-1} className="text-base font-semibold">
        Root programs to notify
      </h3>
      <p className={MUTED}>A security-sensitive incident is not public yet: besides the bug, these programs expect a notice of their own.</p>
      <p role="status" className={MUTED}>
        {left === 0 ? "Every program is ticked as notified." : `${left} of ${ROOT_PROGRAM_IDS.length} not yet notified.`}
      </p>
      <ul className="space-y-3">
        {ROOT_PROGRAM_IDS.map((id) => {
          const notice = ROOT_PROGRAM_NOTICES[id];
          const input = `${base}-${id}`;
          return (
            <li key={id} className="flex items-start gap-3">
              <input id={input} type="checkbox" className="mt-0.5 size-4 shrink-0 accent-blue-700" checked={done(id)} onChange={(e) => tick(id, e.target.checked)} />
              <div className="space-y-1 text-sm">
                <label htmlFor={input} className="font-medium">
                  {notice.program}: {notice.address}
                </label>
                <p className="text-slate-600 dark:text-slate-400">Send {notice.what}.</p>
                <blockquote className={QUOTE}>
                  “{notice.quote}” ({notice.source})
                </blockquote>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
