import type { Author, ReportKind } from "../domain/draft/schema.ts";

export type ReportChoice = { id: string; kind: ReportKind; author: Author; label: string; when: string };

/** The four reports the guidelines define, as a user picks them. */
export const REPORT_CHOICES: readonly ReportChoice[] = [
  {
    id: "preliminary-ca-owner",
    kind: "preliminary",
    author: "ca-owner",
    label: "Preliminary report (CA Owner)",
    when: "Within 72 hours of becoming aware of an incident, when the full analysis is not done yet.",
  },
  {
    id: "preliminary-third-party",
    kind: "preliminary",
    author: "third-party",
    label: "Preliminary report (third party)",
    when: "You are not the CA Owner and found a problem, e.g. misissued certificates in CT logs.",
  },
  {
    id: "full",
    kind: "full",
    author: "ca-owner",
    label: "Full incident report",
    when: "The complete report with root causes and action items, due within 14 days of the initial disclosure.",
  },
  {
    id: "closure",
    kind: "closure",
    author: "ca-owner",
    label: "Closure summary",
    when: "Every action item is complete and no questions are open: request the report's closure.",
  },
];

export function choiceOf(kind: ReportKind, author: Author): ReportChoice {
  return REPORT_CHOICES.find((c) => c.kind === kind && c.author === author) ?? REPORT_CHOICES[2];
}
