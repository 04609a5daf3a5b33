/**
 * Full-text search over the bug list, with MiniSearch (BM25 ranking, prefix
 * search) and our own terms (`terms.ts`): stems, alias terms, CA names.
 * MiniSearch was measured against FlexSearch and Orama (README, "Related
 * incidents finder"): 6 KB gzipped, BM25 like Orama at a third of its size.
 */
import MiniSearch, { type Query, type SearchResult } from "minisearch";
import type { IncidentBug, IncidentList } from "./bug.ts";
import { isOpen } from "./bug.ts";
import { bugNamesOwner, ownerKeys } from "./caNames.ts";
import { documentTerms, queryConcepts, rawWords, type Concept } from "./terms.ts";

export type IncidentIndex = {
  list: IncidentList;
  byId: ReadonlyMap<number, IncidentBug>;
  engine: MiniSearch<IncidentBug>;
  /** How many bugs each term appears in: common terms ("certif") say little about a match. */
  documentFrequency: ReadonlyMap<string, number>;
};

export type IncidentFilters = {
  /** Only bugs filed on or after this day, `YYYY-MM-DD`; null for all. */
  since?: string | null;
  /** The report's CA Owner, and whether to keep its bugs or everyone else's. */
  owner?: { name: string; which: "this" | "others" } | null;
  /** A whiteboard tag (`dv-misissuance`). */
  category?: string | null;
  /** Open or resolved, as of the list's date. */
  state?: "open" | "resolved" | null;
};

export type IncidentMatch = {
  bug: IncidentBug;
  score: number;
  /** How many of the query's concepts the bug matches, of how many. */
  matched: number;
  of: number;
  /** The summary (with or without its "CA:" prefix) is the query itself. */
  exactTitle: boolean;
  /** Matches at least half of what the query says that is not in most bugs. */
  likely: boolean;
};

const TEXT_FIELDS = ["summary", "tags"];
/** A term in more than this share of all bugs ("certificate", "issued") does not make a match likely. */
const COMMON_SHARE = 0.08;

/** What MiniSearch indexes of a bug: the id as is (it becomes the results' id), tags as words, the summary otherwise. */
function fieldOf(bug: IncidentBug, field: string): string | number {
  if (field === "id") return bug.id;
  return field === "tags" ? bug.tags.join(" ") : bug.summary;
}

/** An index being filled one bug at a time: `buildIncidentIndex` at once, `buildIncidentIndexInSlices` between other work. */
function indexBuilder(list: IncidentList): { add(bug: IncidentBug): void; done(): IncidentIndex } {
  // Each summary's terms are needed twice (the index, document frequencies): work them out once.
  const termsOf = new Map<string, string[]>();
  const summaryTerms = (text: string) => {
    let terms = termsOf.get(text);
    if (!terms) termsOf.set(text, (terms = documentTerms(text)));
    return terms;
  };
  const engine = new MiniSearch<IncidentBug>({
    fields: [...TEXT_FIELDS, "words"],
    extractField: fieldOf,
    tokenize: (text, field) => (field === "words" ? rawWords(text) : summaryTerms(text)),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  const documentFrequency = new Map<string, number>();
  return {
    add(bug) {
      engine.add(bug);
      for (const term of new Set(summaryTerms(bug.summary))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    },
    done: () => ({ list, byId: new Map(list.bugs.map((b) => [b.id, b])), engine, documentFrequency }),
  };
}

export function buildIncidentIndex(list: IncidentList): IncidentIndex {
  const builder = indexBuilder(list);
  for (const bug of list.bugs) builder.add(bug);
  return builder.done();
}

export type SliceOptions = {
  /** Stops between slices: the promise then resolves to null. */
  signal?: AbortSignal;
  /** Bugs indexed so far, of all, after each slice. */
  onProgress?(done: number, total: number): void;
  /** How long one slice may run (ms) before the page gets its turn. */
  sliceMs?: number;
  /** Gives the page its turn (a macrotask by default). */
  pause?(): Promise<void>;
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same index, built in slices of about `sliceMs` with a pause between
 * them, so a page stays responsive while a long list is indexed (issue 26:
 * 84,000 bugs took one 18 s task), shows progress and can be cancelled.
 */
export async function buildIncidentIndexInSlices(list: IncidentList, options: SliceOptions = {}): Promise<IncidentIndex | null> {
  const { signal, onProgress, sliceMs = 25, pause = macrotask } = options;
  const builder = indexBuilder(list);
  const total = list.bugs.length;
  let next = 0;
  while (next < total) {
    if (signal?.aborted) return null;
    const start = performance.now();
    do builder.add(list.bugs[next++]);
    while (next < total && performance.now() - start < sliceMs);
    onProgress?.(next, total);
    if (next < total) await pause();
  }
  return signal?.aborted ? null : builder.done();
}

function keepBug(filters: IncidentFilters): (bug: IncidentBug) => boolean {
  const owner = filters.owner && filters.owner.name.trim() !== "" ? { keys: ownerKeys(filters.owner.name), which: filters.owner.which } : null;
  return (bug) => {
    if (filters.since && bug.date < filters.since) return false;
    if (filters.category && !bug.tags.includes(filters.category)) return false;
    if (filters.state && (filters.state === "open") !== isOpen(bug)) return false;
    if (owner && bugNamesOwner(bug.summary, owner.keys) !== (owner.which === "this")) return false;
    return true;
  };
}

function conceptQuery(concept: Concept): Query {
  const whole: Query = { queries: concept.terms, fields: TEXT_FIELDS, combineWith: "OR" };
  if (concept.partial === null) return whole;
  return {
    combineWith: "OR",
    queries: [
      { ...whole, prefix: true },
      { queries: [concept.partial], fields: ["words"], prefix: true },
    ],
  };
}

function isMatched(concept: Concept, result: SearchResult): boolean {
  return concept.terms.some((t) => result.queryTerms.includes(t)) || (concept.partial !== null && result.queryTerms.includes(concept.partial));
}

/** Words of a title, for comparing titles: "DigiCert: Foo bar" and "foo  bar" agree on "foo bar". */
function titleWords(text: string): string {
  return rawWords(text).join(" ");
}

function isDistinctive(index: IncidentIndex, concept: Concept): boolean {
  const limit = index.list.bugs.length * COMMON_SHARE;
  return concept.partial !== null || concept.terms.some((t) => (index.documentFrequency.get(t) ?? 0) <= limit);
}

/**
 * Bugs matching the words, best first: an exact title, then the bugs that
 * match most of the query's words, by BM25 score among equals. With no
 * words, every bug the filters keep, newest first. `typing` matches the last
 * word as a prefix, for results while the author types.
 */
export function searchIncidents(index: IncidentIndex, text: string, filters: IncidentFilters = {}, options: { typing?: boolean; limit?: number } = {}): IncidentMatch[] {
  const keep = keepBug(filters);
  const concepts = queryConcepts(text, options.typing ?? false);
  const limit = options.limit ?? Infinity;
  if (concepts.length === 0) {
    return index.list.bugs
      .filter(keep)
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
      .map((bug) => ({ bug, score: 0, matched: 0, of: 0, exactTitle: false, likely: false }));
  }
  const distinctive = concepts.filter((c) => isDistinctive(index, c));
  const weighed = distinctive.length > 0 ? distinctive : concepts;
  const needed = Math.max(1, Math.ceil(weighed.length / 2));
  const wanted = titleWords(text);
  const results = index.engine.search({ combineWith: "OR", queries: concepts.map(conceptQuery) }, {
    boost: { summary: 2 },
    filter: (r) => {
      const bug = index.byId.get(r.id);
      return bug !== undefined && keep(bug);
    },
  });
  const matches = results.flatMap((result): Array<IncidentMatch & { telling: number }> => {
    const bug = index.byId.get(result.id);
    if (!bug) return [];
    const exactTitle = wanted !== "" && (titleWords(bug.summary) === wanted || titleWords(bug.summary.replace(/^[^:]*:/, "")) === wanted);
    const telling = weighed.filter((c) => isMatched(c, result)).length;
    return [{ bug, score: result.score, matched: concepts.filter((c) => isMatched(c, result)).length, of: concepts.length, exactTitle, likely: telling >= needed, telling }];
  });
  // The exact title first, then bugs that match more of the query's telling words (not "certificate"), then BM25's score.
  return matches
    .sort((a, b) => Number(b.exactTitle) - Number(a.exactTitle) || b.telling - a.telling || b.score - a.score)
    .slice(0, limit)
    .map(({ telling: _, ...match }) => match);
}
