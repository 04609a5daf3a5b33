import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { SECTIONS, type FieldKey } from "../domain/draft/catalogue.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { discardUnplaced, moveUnplaced, placeTargets, undoUnplaced, type PlaceTarget, type UnplacedUndo } from "../domain/draft/unplaced.ts";
import type { DraftForm } from "./form/draftForm.ts";
import { formatCount } from "../domain/text/formatCount.ts";
import { useUndoOffer } from "../ui/useUndoOffer.tsx";

const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";
const BUTTON = `rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 ${FOCUS}`;
const PRIMARY = `rounded-md bg-blue-700 px-2.5 py-1 text-sm font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-blue-600 dark:hover:bg-blue-500 ${FOCUS}`;

/**
 * The field a piece most likely belongs to: the first text field of the
 * section it was under. None ("Choose a field") when that section has no
 * such field (a table, text before the report, a section of the author's
 * own): a guessed field would put a greeting into the Incident description.
 */
function suggested(heading: string, targets: readonly PlaceTarget[]): FieldKey | "" {
  const section = Object.values(SECTIONS).find((s) => s.heading.toLowerCase() === heading.trim().toLowerCase());
  return (section && targets.find((t) => t.label.startsWith(`${section.heading} \u203a`))?.key) ?? "";
}

/**
 * Pieces listed at once: a large import can set aside thousands, and a list
 * of thousands freezes the page. The rest stay in the draft and move up as
 * listed ones are placed or discarded.
 */
const MAX_LISTED_PIECES = 200;

/** The draft sections a set-aside piece can be moved into (their text fields). */
const PLACE_SECTIONS = ["summary", "impact", "appendix", "closure"] as const;

/**
 * "From the imported report, not placed yet": the pieces the importer could
 * not place, each to be moved into a field or discarded; the last move or
 * discard can be undone.
 */
export function UnplacedPanel() {
  const { getValues, setValue } = useFormContext<DraftForm>();
  const pieces = useWatch<DraftForm, "unplaced">({ name: "unplaced" }) ?? [];
  const kind = useWatch<DraftForm, "kind">({ name: "kind" });
  const [choice, setChoice] = useState<Record<string, FieldKey | "">>({});
  const undoOffer = useUndoOffer();
  const headingId = useId();
  // A move or discard stays undoable in the editor's Undo offers after the panel is gone.
  if (pieces.length === 0) return null;
  const targets = placeTargets(kind);
  const draft = (): Draft => getValues();

  const apply = (next: Draft, key?: FieldKey) => {
    const options = { shouldDirty: true };
    setValue("unplaced", next.unplaced, options);
    const section = PLACE_SECTIONS.find((name) => key?.startsWith(`${name}.`));
    if (section) setValue(section, next[section], options);
  };

  const move = (id: string, key: FieldKey) => {
    const result = moveUnplaced(draft(), id, key);
    if (!result) return;
    apply(result.draft, key);
    offerUndo(`Moved to ${targets.find((t) => t.key === key)?.label ?? key}.`, result.undo);
  };
  const discard = (id: string) => {
    const result = discardUnplaced(draft(), id);
    if (!result) return;
    apply(result.draft);
    offerUndo("Discarded.", result.undo);
  };
  const offerUndo = (message: string, undo: UnplacedUndo) => undoOffer.offer(message, () => apply(undoUnplaced(draft(), undo), undo.field?.key));

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 print:hidden dark:border-amber-700 dark:bg-amber-950/40">
      <h2 id={headingId} className="text-base font-semibold">
        From the imported report, not placed yet
      </h2>
      {pieces.length > 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {pieces.length === 1 ? "This text" : `These ${pieces.length} pieces of text`} could not be placed in a field. {pieces.length === 1 ? "It is" : "They are"} not
          in the report until you move {pieces.length === 1 ? "it" : "them"} into a field; discard what is not needed.
        </p>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">Every piece of the imported report is placed or discarded.</p>
      )}
      <ul className="max-h-[28rem] space-y-3 overflow-auto">
        {pieces.slice(0, MAX_LISTED_PIECES).map((piece) => {
          const selectId = `unplaced-${piece.id}`;
          const selected = choice[piece.id] ?? suggested(piece.heading, targets);
          return (
            <li key={piece.id} className="space-y-2 rounded-lg border border-amber-200 bg-white p-3 dark:border-amber-900 dark:bg-slate-900">
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {piece.heading ? `Under \u201c${piece.heading}\u201d` : "Before the report"}, line {piece.line}
                {piece.reason ? ` \u2014 ${piece.reason}` : ""}
              </p>
              <p className="text-sm break-words whitespace-pre-wrap">{piece.text}</p>
              <div className="flex flex-wrap items-end gap-2">
                <label htmlFor={selectId} className="sr-only">
                  Field for the text from line {piece.line}
                </label>
                <select
                  id={selectId}
                  value={selected}
                  onChange={(e) => setChoice({ ...choice, [piece.id]: targets.find((t) => t.key === e.target.value)?.key ?? "" })}
                  className="max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950"
                >
                  {selected === "" && <option value="">Choose a field…</option>}
                  {targets.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.label}
                    </option>
                  ))}
                </select>
                <button type="button" className={PRIMARY} disabled={selected === ""} onClick={() => selected !== "" && move(piece.id, selected)}>
                  Move to field<span className="sr-only"> (text from line {piece.line})</span>
                </button>
                <button type="button" className={BUTTON} onClick={() => discard(piece.id)}>
                  Discard<span className="sr-only"> the text from line {piece.line}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {pieces.length > MAX_LISTED_PIECES && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The first {MAX_LISTED_PIECES} are listed; {formatCount(pieces.length - MAX_LISTED_PIECES)} more are kept in the draft and listed here as
          these are placed or discarded.
        </p>
      )}
      
    </section>
  );
}
