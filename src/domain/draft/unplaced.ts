/**
 * Text of an imported report that is not placed yet (the draft's `unplaced`):
 * where each piece may go, and moving or discarding it, with what it takes
 * to undo either. Pure: the wizard applies the returned drafts.
 */
import { FIELDS, fieldSpec, inReportBody, NOT_APPLICABLE, SECTIONS, usesField, type FieldKey } from "./catalogue.ts";
import type { Draft, ReportKind, Unplaced } from "./schema.ts";

export type PlaceTarget = { key: FieldKey; label: string };

/** The text fields of this kind of report, named as the report names them ("Summary › Incident description"). */
export function placeTargets(kind: ReportKind): PlaceTarget[] {
  return (Object.keys(FIELDS) as FieldKey[])
    .filter((key) => {
      const spec = fieldSpec(key);
      return key.includes(".") && (spec.input === "markdown" || spec.input === "line") && usesField(spec, kind) && inReportBody(spec);
    })
    .map((key) => ({ key, label: `${SECTIONS[FIELDS[key].section].heading} \u203a ${FIELDS[key].label}` }));
}

/** A text field's value, by its catalogue key (`summary.incidentDescription`). */
export function textAt(draft: Draft, key: FieldKey): string {
  const [top, leaf] = key.split(".");
  const value: unknown = Reflect.get(Reflect.get(draft, top) ?? {}, leaf);
  return typeof value === "string" ? value : "";
}

function withTextAt(draft: Draft, key: FieldKey, text: string): Draft {
  const [top, leaf] = key.split(".");
  return { ...draft, [top]: { ...Reflect.get(draft, top), [leaf]: text } };
}

/** The field's text with the piece added as a new paragraph; an empty or N/A field takes the piece alone. */
export function appendPiece(current: string, piece: string): string {
  return current.trim() === "" || current.trim() === NOT_APPLICABLE ? piece : `${current.trimEnd()}\n\n${piece}`;
}

/** What undoes a move or a discard: the piece back at its place, the field's text as it was. */
export type UnplacedUndo = { piece: Unplaced; index: number; field?: { key: FieldKey; text: string } };

function without(draft: Draft, id: string): { draft: Draft; piece: Unplaced; index: number } | null {
  const list = draft.unplaced ?? [];
  const index = list.findIndex((p) => p.id === id);
  if (index === -1) return null;
  const rest = list.filter((_, i) => i !== index);
  const next: Draft = { ...draft, unplaced: rest };
  if (rest.length === 0) delete next.unplaced;
  return { draft: next, piece: list[index], index };
}

export function moveUnplaced(draft: Draft, id: string, key: FieldKey): { draft: Draft; undo: UnplacedUndo } | null {
  const removed = without(draft, id);
  if (!removed) return null;
  const previous = textAt(draft, key);
  return {
    draft: withTextAt(removed.draft, key, appendPiece(previous, removed.piece.text)),
    undo: { piece: removed.piece, index: removed.index, field: { key, text: previous } },
  };
}

export function discardUnplaced(draft: Draft, id: string): { draft: Draft; undo: UnplacedUndo } | null {
  const removed = without(draft, id);
  return removed && { draft: removed.draft, undo: { piece: removed.piece, index: removed.index } };
}

export function undoUnplaced(draft: Draft, undo: UnplacedUndo): Draft {
  const list = [...(draft.unplaced ?? [])];
  list.splice(Math.min(undo.index, list.length), 0, undo.piece);
  const restored: Draft = { ...draft, unplaced: list };
  return undo.field ? withTextAt(restored, undo.field.key, undo.field.text) : restored;
}
