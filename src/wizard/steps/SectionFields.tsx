import { Fragment, type ReactNode } from "react";
import { FIELDS, fieldSpec, fieldsOf, inReportBody, usesField, type FieldKey, type SectionId } from "../../domain/draft/catalogue.ts";
import type { ReportKind } from "../../domain/draft/schema.ts";
import { CatalogueField } from "../fields/CatalogueField.tsx";

type Props = {
  section: SectionId;
  kind: ReportKind;
  only?: (key: FieldKey) => boolean;
  /** Controls shown right after a field (the end date's "expected" switch). */
  after?: Partial<Record<FieldKey, ReactNode>>;
};

/**
 * The catalogue's fields of one section that this report kind uses, in template
 * order (the Bugzilla Summary line's fields are laid out by the Summary step).
 */
export function SectionFields({ section, kind, only = () => true, after = {} }: Props) {
  return (
    <>
      {fieldsOf(section)
        .filter((key) => usesField(FIELDS[key], kind) && inReportBody(fieldSpec(key)) && only(key))
        .map((key) => (
          <Fragment key={key}>
            <CatalogueField name={key} spec={FIELDS[key]} />
            {after[key]}
          </Fragment>
        ))}
    </>
  );
}
