import type { FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { ChoiceField } from "./ChoiceField.tsx";
import { DateField } from "./DateField.tsx";
import { DateTimeField } from "./DateTimeField.tsx";
import { NumberField } from "./NumberField.tsx";
import { TextField } from "./TextField.tsx";

type Props = { name: FieldPath<DraftForm>; spec: FieldSpec };

/** The control the catalogue asks for, with the template's label and the catalogue's help. */
export function CatalogueField({ name, spec }: Props) {
  switch (spec.input) {
    case "line":
    case "markdown":
      return <TextField name={name} spec={spec} />;
    case "choice":
      return <ChoiceField name={name} spec={spec} />;
    case "count":
      return <NumberField name={name} spec={spec} kind="count" />;
    case "date":
      return <DateField name={name} spec={spec} />;
    case "dateTime":
    case "dateOrTime":
      return <DateTimeField name={name} spec={spec} />;
    case "bug":
      return <NumberField name={name} spec={spec} kind="bug" />;
  }
}
