/**
 * The file schema plus the readiness check, as one zod schema: what the wizard
 * validates with (through @hookform/resolvers), so the form shows the same
 * problems as `ccadb-report validate`, each in its one-line form at the field.
 */
import * as z from "zod/mini";
import { parsePath } from "./jsonPath.ts";
import { checkReadiness } from "./readiness.ts";
import { DraftSchema } from "./schema.ts";

export const ReadyDraftSchema = DraftSchema.check(
  z.superRefine((draft, ctx) => {
    for (const problem of checkReadiness(draft)) {
      // Shown where it can be fixed, so "Next" on one step never waits for a later step.
      ctx.addIssue({ code: "custom", path: parsePath(problem.fixAt ?? problem.path), message: problem.brief ?? problem.message, input: draft });
    }
  }),
);
