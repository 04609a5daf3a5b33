/** The wizard's step ids (see `steps.ts`), without the catalogue, for code that only stores or checks them. */
import { SECTION_IDS } from "../draft/sectionIds.ts";

/** The template's sections, in order, then Review. */
export const STEP_IDS = [...SECTION_IDS, "review"] as const;
export type StepId = (typeof STEP_IDS)[number];
