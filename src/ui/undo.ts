/** How long "Undo" is offered after something is removed (the guidelines' record must not lose work to a click). */
export const UNDO_MS = 10_000;
