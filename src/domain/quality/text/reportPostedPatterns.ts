/**
 * Words of a timeline event that say a report was posted ("Preliminary
 * report posted", "filed bug"). The deadlines read them as the incident's
 * disclosure; the quality review's timeline check counts them as disclosing
 * scope and impact. One list, so the two cannot drift apart (they had).
 */
export const REPORT_POSTED_PATTERNS: readonly RegExp[] = [
  /\b(preliminary|full|incident) (incident )?report\b[^.]{1,30}\b(posted|filed|published|disclosed|submitted)\b/i,
  /\b(filed|opened|posted|created|submitted|published) (a |the |our )?(bugzilla )?(bug|incident report|preliminary (incident )?report|full (incident )?report)\b/i,
];
