/**
 * Stage 3: the comments waiting for the CA Owner. The guidelines: "CA Owners
 * SHOULD respond promptly to comments and questions, and MUST respond within
 * 7 days". Every public comment by someone else is one; it is answered by the
 * CA Owner's next comment, and open while the CA Owner has not commented
 * since (so the open ones are those after the CA Owner's last comment).
 */
import type { Question } from "../draft/schema.ts";
import type { BugComment } from "./types.ts";

export function questionsOf(comments: readonly BugComment[], byCaOwner: (comment: BugComment) => boolean): Question[] {
  const questions: Question[] = [];
  let waiting: Question[] = [];
  for (const comment of [...comments].sort((a, b) => a.count - b.count)) {
    if (comment.isPrivate || comment.text.trim() === "") continue;
    if (byCaOwner(comment)) {
      for (const question of waiting) question.answeredAt = comment.at;
      waiting = [];
      continue;
    }
    const question: Question = { askedAt: comment.at, answeredAt: null };
    if (comment.author !== "") question.by = comment.author;
    questions.push(question);
    waiting.push(question);
  }
  return questions;
}
