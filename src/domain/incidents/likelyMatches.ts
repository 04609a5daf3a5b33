import { draftSearch, type SearchHints } from "./draftQuery.ts";
import { searchIncidents, type IncidentIndex } from "./searchIndex.ts";

/** How many bugs of the report's window the finder ranks as likely related to its title, by any CA Owner; null without a title. */
export function likelyRelatedCount(index: IncidentIndex, hints: SearchHints, now: number): number | null {
  const { text, filters } = draftSearch(hints, now);
  if (text.trim() === "") return null;
  return searchIncidents(index, text, filters).filter((match) => match.likely).length;
}
