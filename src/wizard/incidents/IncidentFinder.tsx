/**
 * The related incidents finder: searches the CA Certificate Compliance bugs
 * (an offline list, loaded when the finder opens) as the author types, from
 * the report's title at first, and adds a bug as a related incident in one
 * click. Makes no network request but for the list, a file of this origin.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ITEM_NAMES } from "../../domain/draft/catalogue.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import type { IncidentBug } from "../../domain/incidents/bug.ts";
import { categoryOfDraft, policyWords } from "../../domain/incidents/draftQuery.ts";
import { searchIncidents } from "../../domain/incidents/searchIndex.ts";
import { useNow } from "../../ui/clock.ts";
import { BUTTON, INPUT, MUTED, PANEL } from "../../ui/panelStyles.ts";
import { fieldId, type DraftForm } from "../../domain/draft/draftForm.ts";
import { FinderFilters } from "./FinderFilters.tsx";
import { filtersOf, INITIAL_CHOICES, type FinderChoices } from "./finderFilters.ts";
import { IncidentResult } from "./IncidentResult.tsx";
import { useIncidentIndex } from "./incidentIndexStore.ts";
import { NewerListButton } from "./NewerListButton.tsx";

const PAGE = 20;
/** Bugzilla's own search, for bugs newer than the list. */
const BUGZILLA_SEARCH = "https://bugzilla.mozilla.org/buglist.cgi?product=CA%20Program&component=CA%20Certificate%20Compliance&order=bug_id%20DESC";
/** The search box: where the quality review's "Go to" lands. */
const SEARCH_ID = fieldId("relatedIncidents");

export function IncidentFinder() {
  const { control, getValues, setValue } = useFormContext<DraftForm>();
  const [title, caOwner, start, related, relevantPolicies, incidentDescription, revocationDelay, certificateKind] = useWatch({
    control,
    name: ["title", "caOwner", "summary.nonComplianceStart", "relatedIncidents", "summary.relevantPolicies", "summary.incidentDescription", "revocationDelay", "appendix.certificateKind"],
  });
  const now = useNow();
  const state = useIncidentIndex();
  // null follows the report's title until the author types.
  const [typed, setTyped] = useState<string | null>(null);
  const [choices, setChoices] = useState<FinderChoices>(INITIAL_CHOICES);
  const [shown, setShown] = useState(PAGE);
  const [announcement, setAnnouncement] = useState("");
  const text = typed ?? title ?? "";
  const query = useDeferredValue(text);
  const filters = filtersOf(choices, { caOwner: caOwner ?? "", nonComplianceStart: start ?? "" }, now);
  const filterKey = JSON.stringify(filters);
  const index = state.status === "ready" ? state.index : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- filterKey stands for filters, a new object each render.
  const matches = useMemo(() => (index ? searchIncidents(index, query, filters, { typing: true }) : []), [index, query, filterKey]);
  const listed = new Map((related ?? []).flatMap((item, i) => (typeof item.bug === "number" ? [[item.bug, ITEM_NAMES.relatedIncidents(i + 1)] as const] : [])));
  const likely = matches.filter((m) => m.likely).length;

  const add = (bug: IncidentBug) => {
    const items = getValues("relatedIncidents") ?? [];
    // The bug's title starts the description; the author completes it with how the incident relates.
    setValue("relatedIncidents", [...items, { id: newId("r"), bug: bug.id, date: bug.date, description: `${bug.summary}: ` }], { shouldDirty: true });
    const name = ITEM_NAMES.relatedIncidents(items.length + 1);
    setAnnouncement(`Bug ${bug.id} added as ${name}. Say how it relates in its description.`);
  };
  const startFrom = (words: string) => {
    setTyped(words);
    setShown(PAGE);
  };
  const category = categoryOfDraft({ title: title ?? "", incidentDescription: incidentDescription ?? "", revocationDelay, certificateKind });
  const policies = policyWords(relevantPolicies ?? "");

  return (
    <section aria-labelledby="incident-finder" className={PANEL}>
      <h3 id="incident-finder" className="text-base font-semibold">
        Find related incidents
      </h3>
      <p className={MUTED}>
        Bugs of Bugzilla’s CA Certificate Compliance component, by every CA Owner, searched here in your browser.{" "}
        {state.status === "ready" && `${state.index.list.bugs.length.toLocaleString("en")} bugs filed up to ${state.index.list.retrieved}${state.fileName ? `, from ${state.fileName}` : ""}; statuses as of that day.`}{" "}
        For newer bugs,{" "}
        <a className="text-blue-700 underline dark:text-blue-400" href={BUGZILLA_SEARCH} target="_blank" rel="noopener noreferrer">
          search Bugzilla
        </a>{" "}
        (opens a new tab).
      </p>
      <div className="space-y-1">
        <label htmlFor={SEARCH_ID} className="block text-sm font-medium">
          Search words
        </label>
        <input id={SEARCH_ID} type="search" className={INPUT} value={text} onChange={(e) => startFrom(e.target.value)} placeholder="e.g. OCSP responses, organizationName encoding" />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className={MUTED}>Start from:</span>
          <button type="button" className={BUTTON} onClick={() => startFrom(title ?? "")}>
            Title
          </button>
          {policies && (
            <button type="button" className={BUTTON} onClick={() => startFrom(policies)}>
              Relevant policies
            </button>
          )}
          {category && (
            <button type="button" className={BUTTON} onClick={() => setChoices({ ...choices, category })}>
              Category of this report
            </button>
          )}
        </div>
      </div>
      {index && <FinderFilters choices={choices} onChange={(c) => (setChoices(c), setShown(PAGE))} bugs={index.list.bugs} caOwner={caOwner ?? ""} />}
      <p role="status" className="text-sm font-medium">
        {state.status === "loading" || state.status === "idle"
          ? "Loading the list of bugs…"
          : state.status === "failed"
            ? `The list of bugs could not be read: ${state.message}`
            : `${matches.length} ${matches.length === 1 ? "bug matches" : "bugs match"}${text.trim() ? `, ${likely} likely` : ""}.`}
      </p>
      <p aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {announcement}
      </p>
      {matches.length > 0 && (
        <ul aria-label="Matching bugs">
          {matches.slice(0, shown).map((match) => (
            <IncidentResult key={match.bug.id} match={match} listedAs={listed.get(match.bug.id) ?? null} onAdd={() => add(match.bug)} />
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {matches.length > shown && (
          <button type="button" className={BUTTON} onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, matches.length - shown)} more
          </button>
        )}
        <NewerListButton />
      </div>
    </section>
  );
}
