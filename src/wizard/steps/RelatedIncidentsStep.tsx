import { ITEM_FIELDS, ITEM_NAMES, SECTIONS } from "../../domain/draft/catalogue.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import { CatalogueField } from "../fields/CatalogueField.tsx";
import { IncidentFinder } from "../incidents/IncidentFinder.tsx";
import { ItemList } from "../lists/ItemList.tsx";
import { StepIntro } from "./StepIntro.tsx";

export function RelatedIncidentsStep() {
  return (
    <div className="space-y-6">
      <StepIntro title="Related Incidents" help={SECTIONS.relatedIncidents.help} />
      <IncidentFinder />
      <ItemList
        name="relatedIncidents"
        itemName={ITEM_NAMES.relatedIncidents}
        addLabel="Add related incident"
        emptyText="No related incidents yet: the section reads “(not yet provided)”."
        newItem={() => ({ id: newId("r"), bug: null, date: "", description: "" })}
        describe={(incident) => (incident.bug ? `Bug ${incident.bug}` : incident.description)}
        notApplicable={{ list: "relatedIncidents", label: "Related Incidents" }}
        renderItem={(i) => (
          <div className="grid gap-4 sm:grid-cols-2">
            <CatalogueField name={`relatedIncidents.${i}.bug`} spec={ITEM_FIELDS.relatedIncidents.bug} />
            <CatalogueField name={`relatedIncidents.${i}.date`} spec={ITEM_FIELDS.relatedIncidents.date} />
            <div className="sm:col-span-2">
              <CatalogueField name={`relatedIncidents.${i}.description`} spec={ITEM_FIELDS.relatedIncidents.description} />
            </div>
          </div>
        )}
      />
    </div>
  );
}
export default RelatedIncidentsStep;
