/**
 * The versions of the CCADB Incident Reporting Guidelines and the day each
 * took effect, as the guidelines' own Change History lists them
 * (shared/spec/ccadb-incident-reporting-guidelines-v3.2.md). The next version
 * is one more entry here; the template-version check reads nothing else.
 */
export type TemplateVersion = {
  version: string;
  /** YYYY-MM-DD, the "Effective Date" of the Change History. */
  effective: string;
  /** Where the sources disagree, what they say. */
  note?: string;
};

export const TEMPLATE_VERSIONS: readonly TemplateVersion[] = [
  { version: "1.0", effective: "2023-02-15" },
  { version: "2.0", effective: "2023-10-17" },
  { version: "3.0", effective: "2025-03-01" },
  {
    version: "3.1",
    effective: "2025-07-15",
    note: "v3.2's Change History says July 15, 2025; v3.1's own says June 15, 2025. The later, newer source is used.",
  },
  { version: "3.2", effective: "2026-03-20" },
];

/** The version whose templates this tool renders (src/domain/render follows its headings and labels). */
export const RENDERED_TEMPLATE = "3.2";

/** How long a superseded template may still be used after its successor took effect (the reading of CCADB Policy). */
export const GRACE_DAYS = 30;
