import { ITEM_FIELDS, ITEM_NAMES, SECTIONS } from "../../domain/draft/catalogue.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import type { ActionItem } from "../../domain/draft/schema.ts";
import { AddressesField } from "../fields/AddressesField.tsx";
import { CatalogueField } from "../fields/CatalogueField.tsx";
import { ItemList } from "../lists/ItemList.tsx";
import { StepIntro } from "./StepIntro.tsx";

const F = ITEM_FIELDS.actionItems;

export function ActionItemsStep() {
  return (
    <div className="space-y-6">
      <StepIntro title="Action Items" help={SECTIONS.actionItems.help} />
      <ItemList
        name="actionItems"
        itemName={ITEM_NAMES.actionItems}
        addLabel="Add action item"
        emptyText="No action items yet. A Full report needs at least one."
        newItem={(): ActionItem => ({ id: newId("a"), description: "", kind: "", addresses: [], evaluationCriteria: "", dueDate: "", status: "" })}
        describe={(item) => item.description}
        renderItem={(i) => (
          <>
            <CatalogueField name={`actionItems.${i}.description`} spec={{ ...F.description, input: "markdown" }} />
            <div className="grid gap-4 sm:grid-cols-3">
              <CatalogueField name={`actionItems.${i}.kind`} spec={F.kind} />
              <CatalogueField name={`actionItems.${i}.dueDate`} spec={F.dueDate} />
              <CatalogueField name={`actionItems.${i}.status`} spec={F.status} />
            </div>
            <AddressesField index={i} />
            <CatalogueField name={`actionItems.${i}.evaluationCriteria`} spec={{ ...F.evaluationCriteria, input: "markdown" }} />
          </>
        )}
      />
    </div>
  );
}
export default ActionItemsStep;
