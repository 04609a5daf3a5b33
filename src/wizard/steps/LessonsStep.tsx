import { useFormContext } from "react-hook-form";
import { addressedByNote } from "../../domain/draft/addressedBy.ts";
import { LESSON_FIELDS, SECTIONS } from "../../domain/draft/catalogue.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import { LESSON_LISTS } from "../../domain/draft/schema.ts";
import { TextField } from "../fields/TextField.tsx";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { ItemList } from "../lists/ItemList.tsx";
import { StepIntro } from "./StepIntro.tsx";

export function LessonsStep() {
  const { getValues } = useFormContext<DraftForm>();
  return (
    <div className="space-y-8">
      <StepIntro title="Lessons Learned" help={SECTIONS.lessons.help} />
      {LESSON_LISTS.map((list) => {
        const { label, help } = LESSON_FIELDS[list];
        return (
          <section key={list} aria-labelledby={`lessons-${list}`} className="space-y-3">
            <h3 id={`lessons-${list}`} className="text-base font-semibold">
              {label}
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">{help}</p>
            <ItemList
              name={`lessons.${list}`}
              itemName={(n) => `${label} #${n}`}
              addLabel={`Add to “${label}”`}
              emptyText="Nothing yet: the report will read “(not yet provided)”."
              newItem={() => ({ id: newId("l"), text: "" })}
              describe={(lesson) => lesson.text}
              removalNote={(lesson) => addressedByNote(getValues("actionItems"), lesson.id)}
              notApplicable={{ list: `lessons.${list}`, label: `“${label}”` }}
              renderItem={(i) => <TextField name={`lessons.${list}.${i}.text`} spec={{ label, help: "", input: "markdown", notApplicable: false }} rows={2} />}
            />
          </section>
        );
      })}
    </div>
  );
}
export default LessonsStep;
