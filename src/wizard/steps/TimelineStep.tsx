import { useFormContext } from "react-hook-form";
import { ITEM_FIELDS, ITEM_NAMES, SECTIONS } from "../../domain/draft/catalogue.ts";
import { inOrder } from "../../domain/draft/inOrder.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import { sortTimeline } from "../../domain/render/sections/timeline.ts";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import { CatalogueField } from "../fields/CatalogueField.tsx";
import { TimesIn } from "../fields/TimesIn.tsx";
import type { DraftForm } from "../form/draftForm.ts";
import { ItemList, secondaryButtonClass } from "../lists/ItemList.tsx";
import { StepIntro } from "./StepIntro.tsx";

export function TimelineStep() {
  const { getValues, setValue } = useFormContext<DraftForm>();
  // Sorting replaces the order the author chose: Undo puts that order back, keeping what was typed since.
  const sorting = useUndoOffer();
  const sort = () => {
    const order = getValues("timeline").map((entry) => entry.id);
    setValue("timeline", sortTimeline(getValues("timeline")), { shouldDirty: true });
    sorting.offer("Timeline sorted by time.", () => setValue("timeline", inOrder(getValues("timeline"), order), { shouldDirty: true }));
  };
  return (
    <div className="space-y-6">
      <StepIntro title="Timeline" help={SECTIONS.timeline.help}>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Include the changes that introduced the problem, when the incident began, when you became aware, any problem report, when issuance stopped and resumed, when
          scope and impact were disclosed, revocations, and when the incident ended. The report lists entries in time order.
        </p>
      </StepIntro>
      <TimesIn />
      <ItemList
        name="timeline"
        itemName={ITEM_NAMES.timeline}
        addLabel="Add timeline entry"
        emptyText="No entries yet. A Full report needs at least one."
        newItem={() => ({ id: newId("t"), at: "", event: "" })}
        describe={(entry) => entry.event}
        actions={
          <button type="button" className={secondaryButtonClass} onClick={sort}>
            Sort by time
          </button>
        }
        renderItem={(i) => (
          <>
            <CatalogueField name={`timeline.${i}.at`} spec={ITEM_FIELDS.timeline.at} />
            <CatalogueField name={`timeline.${i}.event`} spec={ITEM_FIELDS.timeline.event} />
          </>
        )}
      />
    </div>
  );
}
export default TimelineStep;
