import { memo, useEffect, useRef, type ReactNode } from "react";
import { useFieldArray, useFormContext, type ArrayPath, type FieldArray, type PathValue } from "react-hook-form";
import type { NotApplicableList } from "../../domain/draft/schema.ts";
import { clip } from "../../domain/draft/problems.ts";
import { placeOf, reinsertIndex } from "../../domain/draft/reinsertIndex.ts";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import type { DraftForm } from "../form/draftForm.ts";
import { ListError } from "./ListError.tsx";
import { ListNotApplicable } from "./ListNotApplicable.tsx";
import { useProgressiveCount } from "./useProgressiveCount.ts";

type Item<N extends ArrayPath<DraftForm>> = FieldArray<DraftForm, N>;

type Props<N extends ArrayPath<DraftForm>> = {
  name: N;
  /** "Contributing Factor #1", "Timeline entry 3": the group's accessible name. */
  itemName(n: number): string;
  addLabel: string;
  emptyText: string;
  /** A new, empty item with a fresh id (`newId()`). */
  newItem(): Item<N>;
  renderItem(index: number): ReactNode;
  /** Extra buttons beside "Add" (e.g. sort the timeline). */
  actions?: ReactNode;
  /** A few words naming the item beside its number when it is removed (its title). */
  describe?(item: Item<N>): string;
  /** What else the removal touches, e.g. the action items that pointed at it. */
  removalNote?(item: Item<N>): string;
  /** Where the guidelines allow an empty list to read "N/A": the author's switch, shown while the list is empty. */
  notApplicable?: { list: NotApplicableList; label: string };
};


const buttonClass =
  "rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 " +
  "disabled:opacity-40 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * An item's fields, re-rendered only when its index or the step's renderer
 * changes: the list re-renders as it fills in (and on every add or move), and
 * redrawing 120 entries' fields each time made filling in quadratic.
 */
const ItemFields = memo(function ItemFields({ index, render }: { index: number; render(index: number): ReactNode }) {
  return <>{render(index)}</>;
});

/** The first line of a text, short enough for a notice. */
function snippet(text: string): string {
  return clip(text.trim().split("\n")[0], 59);
}

/**
 * A repeatable part of the report: add, remove and reorder items; ids stay
 * with their items. Remove keeps the item for Undo (the same id, so action
 * items that pointed at it point at it again).
 */
export function ItemList<N extends ArrayPath<DraftForm>>(props: Props<N>) {
  const { name, itemName, addLabel, emptyText, newItem, renderItem, actions, describe, removalNote, notApplicable } = props;
  const { control, getValues, setValue } = useFormContext<DraftForm>();
  // keyName keeps react-hook-form's own key off the draft's `id`, which references use.
  const { fields, append, remove, move, insert } = useFieldArray({ control, name, keyName: "key" });
  const undo = useUndoOffer();
  // Undo may come after this list is gone (another step): then it goes through the form, not this field array.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A long list renders a screenful with the step and the rest right after (see useProgressiveCount).
  const shown = useProgressiveCount(fields.length);

  function removeAt(index: number) {
    // react-hook-form cannot relate a generic array path's element to FieldArray<N>; the value is that element.
    const item = structuredClone(getValues(`${name}.${index}` as `${N}.${number}`) as Item<N>);
    const title = describe ? snippet(describe(item)) : "";
    const message = `${itemName(index + 1)}${title ? ` “${title}”` : ""} removed.`;
    const place = placeOf(ids(), index);
    remove(index);
    // Into the list as it is then (later edits, removals and additions kept), next to its old neighbours.
    const restore = () => {
      const at = reinsertIndex(ids(), place);
      // Shown: focus goes to the restored item's first field (react-hook-form's shouldFocus).
      if (mounted.current) insert(at, item);
      else {
        const list = getValues(name) as Item<N>[];
        setValue(name, [...list.slice(0, at), item, ...list.slice(at)] as PathValue<DraftForm, N>, { shouldDirty: true });
      }
    };
    undo.offer(message, restore, removalNote?.(item));
  }

  function ids(): string[] {
    const list: unknown = getValues(name);
    return Array.isArray(list) ? list.map((entry: { id?: unknown }) => String(entry.id ?? "")) : [];
  }

  return (
    <div className="space-y-4">
      <ListError name={name} />
      {fields.length === 0 && (
        <div className="space-y-2">
          <p className="text-sm text-slate-600 italic dark:text-slate-400">{emptyText}</p>
          {notApplicable && <ListNotApplicable list={notApplicable.list} label={notApplicable.label} />}
        </div>
      )}
      {/* content-visibility: off-screen items skip paint and most layout (a keystroke in the large example repainted all 120 entries). */}
      {fields.slice(0, shown).map((item, index) => (
        <div key={item.key} className="space-y-4 [contain-intrinsic-size:auto_24rem] [content-visibility:auto]">
          <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700" aria-label={itemName(index + 1)}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <legend className="contents text-base font-semibold">{itemName(index + 1)}</legend>
              <div className="flex gap-1.5">
                <button type="button" className={buttonClass} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${itemName(index + 1)} up`}>
                  ↑
                </button>
                <button type="button" className={buttonClass} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${itemName(index + 1)} down`}>
                  ↓
                </button>
                <button type="button" className={buttonClass} onClick={() => removeAt(index)} aria-label={`Remove ${itemName(index + 1)}`}>
                  Remove
                </button>
              </div>
            </div>
            <ListError name={`${name}.${index}`} />
            <ItemFields index={index} render={renderItem} />
          </fieldset>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          onClick={() => append(newItem())}
        >
          {addLabel}
        </button>
        {actions}
      </div>
    </div>
  );
}

export { buttonClass as secondaryButtonClass };
