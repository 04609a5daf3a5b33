import type { Draft } from "../../draft/schema.ts";
import { firstMatch } from "./firstMatch.ts";
import { sentences } from "./sentences.ts";
import { textFields } from "./textFields.ts";

export type PhraseHit = { path: string; phrase: string };

/**
 * The first phrase per free-text field (of those the draft's kind shows) that
 * `patterns` find, skipping sentences that `unless` matches (a qualifier that
 * turns the phrase around, "we cannot rule out …").
 */
export function findInFields(draft: Draft, patterns: readonly RegExp[], unless: readonly RegExp[] = []): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const { path, text } of textFields(draft)) {
    for (const sentence of sentences(text)) {
      if (firstMatch(sentence, unless) !== null) continue;
      const phrase = firstMatch(sentence, patterns);
      if (phrase !== null) {
        hits.push({ path, phrase });
        break;
      }
    }
  }
  return hits;
}
