/** The finder's filter choices, in the author's words, and how they become the search's filters. */
import type { IncidentFilters } from "../../domain/incidents/searchIndex.ts";
import { windowStart, type WindowYears } from "../../domain/incidents/window.ts";

export const OWNER_CHOICES = ["all", "this", "others"] as const;
export type OwnerChoice = (typeof OWNER_CHOICES)[number];
export const STATE_CHOICES = ["", "open", "resolved"] as const;
export type StateChoice = (typeof STATE_CHOICES)[number];

export type FinderChoices = { years: WindowYears; owner: OwnerChoice; category: string; state: StateChoice };

export const INITIAL_CHOICES: FinderChoices = { years: 2, owner: "all", category: "", state: "" };

/** "The start": the non-compliance start date (today while it is not filled in); later bugs are always kept. */
export const YEAR_LABELS: ReadonlyArray<{ value: WindowYears; label: string }> = [
  { value: 2, label: "From 2 years before the start" },
  { value: 5, label: "From 5 years before the start" },
  { value: null, label: "All years" },
];

export function filtersOf(choices: FinderChoices, draft: { caOwner: string; nonComplianceStart: string }, now: number): IncidentFilters {
  return {
    since: windowStart(draft.nonComplianceStart, choices.years, now),
    owner: choices.owner === "all" || draft.caOwner.trim() === "" ? null : { name: draft.caOwner, which: choices.owner },
    category: choices.category || null,
    state: choices.state || null,
  };
}
