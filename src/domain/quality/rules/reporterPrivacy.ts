import type { Draft } from "../../draft/schema.ts";
import { isOwnerDomain, ownerTokens } from "../text/caOwnerDomain.ts";
import { textFields } from "../text/textFields.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const EMAIL = /(?<![\w%+.-])[\w%+.-]+@([a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,})/gi;

/** Addresses that never identify a reporter: the CCADB's and Mozilla's aliases, and documentation domains (RFC 2606). */
const PUBLIC_DOMAIN = /(?:^|\.)(?:ccadb\.org|mozilla\.org|mozilla\.com|example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

/** Words for "we got it from …" that precede a name; the first letter may be capital (sentence start). */
const CUES = [
  "reported by", "raised by", "submitted by", "found by", "discovered by", "identified by", "disclosed by", "notified by", "flagged by",
  "sent by", "spotted by", "noticed by", "detected by", "report from", "reports from", "email from", "e-mail from", "mail from",
  "message from", "notification from", "complaint from", "tip from", "ticket from", "note from", "call from", "comment from",
  "thanks to", "thank you to", "credit to", "credited to", "researcher", "reporter", "security researcher",
];
const cueSource = CUES.map((cue) => `[${cue[0]}${cue[0].toUpperCase()}]${cue.slice(1).replace(/ /g, "\\s+")}`).join("|");
const WORD = String.raw`[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z]?[a-zà-öø-ÿ]+)?`;
/** A cue followed by two or three capitalised words (a middle initial allowed): "reported by Jane Q. Doe". */
const NAMED = new RegExp(String.raw`\b(?:${cueSource})\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(${WORD}(?:\s+(?:[A-Z]\.\s+)?${WORD}){1,2})`, "g");

/** Capitalised words that make a "name" an organisation, product or date instead of a person. */
const NOT_A_PERSON = new Set(
  (
    "certificate certificates transparency google mozilla microsoft apple chrome chromium firefox safari root store program programme " +
    "team security compliance operations support engineering validation bugzilla forum group research ca browser baseline requirements " +
    "linter lint monitor monitoring our the this we inc ltd services service system systems community member internal external audit " +
    "auditor policy department center centre office incident response public ccadb pki zlint pkilint certlint crt sh ct log logs " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october " +
    "november december university institute lab labs project foundation authority trust"
  ).split(" "),
);

function looksLikePerson(name: string, caOwner: string): boolean {
  const words = name.toLowerCase().split(/[\s.]+/).filter((w) => w !== "");
  const owner = ownerTokens(caOwner);
  return !words.some((w) => NOT_A_PERSON.has(w) || owner.includes(w.replace(/[^a-z0-9]/g, "")));
}

/** The emails and names in one text that may identify a reporter. */
export function identifyingPhrases(text: string, caOwner: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(EMAIL)) {
    if (!PUBLIC_DOMAIN.test(m[1]) && !isOwnerDomain(m[1], caOwner)) found.push(m[0]);
  }
  for (const m of text.matchAll(NAMED)) {
    if (looksLikePerson(m[1], caOwner)) found.push(m[0].replace(/\s+/g, " "));
  }
  return [...new Set(found)];
}

/**
 * Emails outside the CA Owner's and the CCADB's domains, and names after
 * "reported by", "email from", "thanks to", "researcher"…, in the fields the
 * report shows. Not run on a third party's own report: the reporter is then
 * the author. Names are found by capitalisation, so a lower-case name or a
 * name without a cue is missed, and an organisation not in the stop list may
 * be taken for a person: both are warnings for the author to judge.
 */
export function reporterPrivacy(draft: Draft): QualityWarning[] {
  if (draft.author === "third-party") return [];
  return textFields(draft).flatMap(({ path, text }) =>
    identifyingPhrases(text, draft.caOwner).map((phrase) =>
      warn(
        "reporter-privacy",
        path,
        `“${phrase}” may identify a third-party reporter. Unless they agreed to be named, write “a community member” (or “a third party”) instead.`,
      ),
    ),
  );
}
