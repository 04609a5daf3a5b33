/**
 * The words of a bug summary or a query, as the index compares them: lower
 * case, stemmed (Porter: "encoding" and "encoded" are both "encod"), split
 * at camelCase and hyphens in bugs ("organizationName" also gives
 * "organization" and "name"), and one extra term per meaning of
 * `TERM_ALIASES` and `CA_ALIASES` (`~san` for "SAN" and "subjectAltName").
 */
import { stemmer } from "stemmer";
import { CA_ALIASES } from "./caAliases.ts";
import { TERM_ALIASES } from "./termAliases.ts";

/** One thing a query asks for: any of its terms matches it. */
export type Concept = {
  /** Index terms (stems, or an alias's `~` term). */
  terms: string[];
  /** The word as typed so far (lower case): the query's last word while the author is still typing it. */
  partial: string | null;
};

const STOPWORDS = new Set(
  "a an the of in on for to and or with by at as is are was were be been from that this these its it into than via after before which not no".split(" "),
);

/** Stems that are one word for a reader but not for Porter. */
const SAME_STEM = new Map(
  Object.entries({ revok: "revoc", issuanc: "issu", disclosur: "disclos", organiz: "organ", incorrectli: "incorrect", linter: "lint", delai: "delay" }),
);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const STEMS = new Map<string, string>();

/** Porter's stem of a word, remembered: summaries repeat their words, and stemming is most of indexing's time. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let s = STEMS.get(lower);
  if (s === undefined) {
    const porter = stemmer(lower);
    s = SAME_STEM.get(porter) ?? porter;
    STEMS.set(lower, s);
  }
  return s;
}

/** Pure numbers say little unless long enough to be an RFC or a bug number. */
function keep(term: string): boolean {
  return term.length > 1 && !STOPWORDS.has(term) && !/^\d{1,2}$/.test(term);
}

/** The raw words of a text, each with its hyphen/apostrophe joints removed ("mis-issued" -> "misissued"). */
export function rawWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/['’-]/g, "").toLowerCase()).filter(keep);
}

/** A word's parts: at hyphens, apostrophes and camelCase humps. */
function parts(word: string): string[] {
  return word.split(/['’-]|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
}

function aliasTerm(name: string): string {
  return `~${name.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

/** A spelling without case or separators: "Subject Alt-Name" and "subjectAltName" agree. */
function spellingKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Abbreviations ("SAN", "CN"): in bugs they match in capitals or lower case, not capitalised ("San Paulo" is no SAN); queries ignore case. */
const ABBREVIATION = /^[A-Z0-9/]{2,6}$/;

function abbreviationCase(word: string): boolean {
  const singular = word.replace(/s$/, "");
  return singular === singular.toUpperCase() || singular === singular.toLowerCase();
}

type AliasSpelling = { term: string; abbreviation: boolean };

const SPELLINGS = new Map<string, AliasSpelling>(
  [...TERM_ALIASES, ...CA_ALIASES].flatMap((group) => group.map((spelling) => [spellingKey(spelling), { term: aliasTerm(group[0]), abbreviation: ABBREVIATION.test(spelling) }] as const)),
);
/** The most words a spelling spans ("Consorci Administració Oberta de Catalunya"). */
const MAX_WORDS = 6;

const TOKEN = /[\p{L}\p{N}]+/gu;

type Token = { text: string; at: number; end: number };

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], at: m.index, end: m.index + m[0].length }));
}

type AliasMatch = { term: string; abbreviation: boolean; from: number; to: number };

/**
 * Alias spellings in a text, longest first at each word: runs of up to
 * `MAX_WORDS` words whose letters, joined, spell an alias ("subject alt
 * name", "subjectAltName" and "SANs" all do).
 */
function aliasMatches(text: string, ignoreCase: boolean): AliasMatch[] {
  const words = tokens(text);
  const found: AliasMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + MAX_WORDS) - 1; j >= i; j--) {
      const joined = words.slice(i, j + 1).map((w) => w.text).join("");
      const key = joined.toLowerCase();
      const alias = SPELLINGS.get(key) ?? (key.endsWith("s") ? SPELLINGS.get(key.slice(0, -1)) : undefined);
      if (!alias || (alias.abbreviation && !ignoreCase && !abbreviationCase(joined))) continue;
      found.push({ term: alias.term, abbreviation: alias.abbreviation, from: words[i].at, to: words[j].end });
      i = j;
      break;
    }
  }
  return found;
}

/** The index terms of a bug's summary (or whiteboard): stems of words and of their parts, and alias terms. */
export function documentTerms(text: string): string[] {
  const words = (text.match(WORD) ?? []).flatMap((word) => {
    const pieces = parts(word);
    return pieces.length > 1 ? [word.replace(/['’-]/g, ""), ...pieces] : [word];
  });
  const stems = words.map((w) => w.toLowerCase()).filter(keep).map(stem);
  return [...stems, ...new Set(aliasMatches(text, false).map((m) => m.term))];
}

/**
 * What a query asks for, one concept per word or alias phrase. A phrase
 * alias ("subject alternative name") becomes its alias term alone; a
 * one-word alias ("SAN") keeps its stem too. With `typing`, the last word
 * (when the text does not end in a space) is also matched as a prefix.
 */
export function queryConcepts(text: string, typing = false): Concept[] {
  const found: Array<{ at: number; concept: Concept }> = [];
  let rest = text;
  for (const alias of aliasMatches(text, true)) {
    const spelled = text.slice(alias.from, alias.to);
    // A one-word alias ("audit") keeps its own stem ("audited"); a phrase's words alone ("name") would
    // match too much, and an abbreviation is found in bugs by its alias term alone ("San Paulo" is no SAN).
    const words = rawWords(spelled);
    const stems = words.length === 1 && !alias.abbreviation ? words.map(stem) : [];
    found.push({ at: alias.from, concept: { terms: [...new Set([alias.term, ...stems])], partial: null } });
    rest = rest.slice(0, alias.from) + " ".repeat(alias.to - alias.from) + rest.slice(alias.to);
  }
  for (const match of rest.matchAll(WORD)) {
    const word = match[0].replace(/['’-]/g, "").toLowerCase();
    if (keep(word)) found.push({ at: match.index, concept: { terms: [stem(word)], partial: null } });
  }
  found.sort((a, b) => a.at - b.at);
  const concepts = found.map((f) => f.concept);
  const last = found.at(-1);
  if (typing && last && !/\s$/.test(text) && last.concept.terms.length === 1 && !last.concept.terms[0].startsWith("~")) {
    const typed = rawWords(text.slice(last.at)).at(0);
    if (typed) concepts[concepts.length - 1] = { ...last.concept, partial: typed };
  }
  return dedupe(concepts);
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = c.terms.join(" ") + (c.partial ?? "");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
