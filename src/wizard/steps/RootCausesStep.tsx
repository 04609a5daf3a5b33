import { useFormContext } from "react-hook-form";
import { addressedByNote } from "../../domain/draft/addressedBy.ts";
import { ITEM_FIELDS, ITEM_NAMES, SECTIONS } from "../../domain/draft/catalogue.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import type { RootCause } from "../../domain/draft/schema.ts";
import { CatalogueField } from "../fields/CatalogueField.tsx";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { ItemList } from "../lists/ItemList.tsx";
import { StepIntro } from "./StepIntro.tsx";

const PARTS = Object.keys(ITEM_FIELDS.rootCauses) as (keyof typeof ITEM_FIELDS.rootCauses)[];

export function RootCausesStep() {
  const { getValues } = useFormContext<DraftForm>();
  return (
    <div className="space-y-6">
      <StepIntro title="Root Causes" help={SECTIONS.rootCauses.help} />
      <ItemList
        name="rootCauses"
        itemName={ITEM_NAMES.rootCauses}
        addLabel="Add contributing factor"
        emptyText="No contributing factors yet. A Full report needs at least one."
        newItem={(): RootCause => ({ id: newId("c"), title: "", description: "", timeline: "", detection: "", interaction: "", methodology: "" })}
        describe={(factor) => factor.title}
        removalNote={(factor) => addressedByNote(getValues("actionItems"), factor.id)}
        renderItem={(i) => PARTS.map((part) => <CatalogueField key={part} name={`rootCauses.${i}.${part}`} spec={ITEM_FIELDS.rootCauses[part]} />)}
      />
    </div>
  );
}
export default RootCausesStep;
