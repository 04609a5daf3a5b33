import type { FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import { asWrittenPath } from "../../domain/draft/writtenConversion.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { AsWrittenNote } from "./AsWrittenNote.tsx";
import { ChoiceField } from "./ChoiceField.tsx";
import { DateField } from "./DateField.tsx";
import { DateTimeField } from "./DateTimeField.tsx";
import { NumberField } from "./NumberField.tsx";
import { TextField } from "./TextField.tsx";

type Props = { name: FieldPath<DraftForm>; spec: FieldSpec };

/** The control the catalogue asks for, with the template's label and the catalogue's help. */
function Control({ name, spec }: Props) {
  switch (spec.input) {
    case "line":
    case "markdown":
      return <TextField name={name} spec={spec} />;
    case "choice":
      return <ChoiceField name={name} spec={spec} />;
    case "count":
      return <NumberField name={name} spec={spec} kind="count" />;
    case "date":
      // Date-only fields (a Due Date, a related incident's Date): no time or offset controls.
      return <DateField name={name} spec={spec} />;
    case "dateTime":
    case "dateOrTime":
      return <DateTimeField name={name} spec={spec} />;
    case "bug":
      return <NumberField name={name} spec={spec} kind="bug" />;
  }
}

/** A catalogue field; a typed one also holds the report's words when they are not a value of its type. */
export function CatalogueField({ name, spec }: Props) {
  const written = asWrittenPath(name);
  if (written === null) return <Control name={name} spec={spec} />;
  return (
    <div className="space-y-1.5">
      <Control name={name} spec={spec} />
      {/* asWrittenPath only returns paths of the draft's asWritten objects, which the form holds. */}
      <AsWrittenNote name={name} writtenPath={written as FieldPath<DraftForm>} spec={spec} />
    </div>
  );
}
