import { FIELDS, fieldSpec, fieldsOf, inReportBody, usesField, type FieldKey, type SectionId } from "../../domain/draft/catalogue.ts";
import type { ReportKind } from "../../domain/draft/schema.ts";
import { CatalogueField } from "../fields/CatalogueField.tsx";

type Props = { section: SectionId; kind: ReportKind; only?: (key: FieldKey) => boolean };

/**
 * The catalogue's fields of one section that this report kind uses, in template
 * order (the Bugzilla Summary line's fields are laid out by the Summary step).
 */
export function SectionFields({ section, kind, only = () => true }: Props) {
  return (
    <>
      {fieldsOf(section)
        .filter((key) => usesField(FIELDS[key], kind) && inReportBody(fieldSpec(key)) && only(key))
        .map((key) => (
          <CatalogueField key={key} name={key} spec={FIELDS[key]} />
        ))}
    </>
  );
}
