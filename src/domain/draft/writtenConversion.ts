/**
 * Turning an as-written value into the field's typed value in the wizard:
 * where the as-written text lives for a form field, what the one-click
 * conversion would set, and where the words beside the value go (the
 * template's own place for them, or the draft's "not placed" pieces; never
 * dropped). Pure.
 */
import { AS_WRITTEN_FIELDS, obviousValue, type AsWrittenHolder } from "./asWritten.ts";
import type { FieldKey, FieldSpec } from "./catalogue.ts";

function isHolder(name: string): name is AsWrittenHolder {
  return Object.hasOwn(AS_WRITTEN_FIELDS, name);
}

/** `summary.source` -> `summary.asWritten.source`; `actionItems.2.kind` -> `actionItems.2.asWritten.kind`; null for other fields. */
export function asWrittenPath(name: string): string | null {
  const parts = name.split(".");
  const key = parts[parts.length - 1];
  const holder = parts[0];
  if (!isHolder(holder)) return null;
  const keys: readonly string[] = AS_WRITTEN_FIELDS[holder];
  const expectedDepth = holder === "summary" || holder === "impact" ? 2 : 3;
  if (parts.length !== expectedDepth || !keys.includes(key)) return null;
  return [...parts.slice(0, -1), "asWritten", key].join(".");
}

/** Where the template keeps the words beside a typed value, when it has such a place. */
const REST_FIELD = new Map<string, FieldKey>([
  // "Was issuance stopped …, and why or why not?": the why goes with the answer.
  ["impact.issuanceStopped", "impact.issuanceStoppedExplanation"],
]);

/** Words that only repeat the field's unit ("1,234 certificates"): nothing is lost when they go. */
const UNIT_ONLY = /^(?:certificates?|certs?|\(s\))*$/i;

export type WrittenConversion = {
  value: string | number;
  /** The words beside the value ("" when none worth keeping). */
  rest: string;
  /** Where the rest goes: a field of the report, or null for the draft's not-placed pieces. */
  restField: FieldKey | null;
};

/** The one-click conversion of a field's as-written text, or null when a person has to decide. */
export function writtenConversion(name: string, spec: FieldSpec, text: string): WrittenConversion | null {
  const conversion = obviousValue(spec, text);
  if (!conversion) return null;
  const rest = spec.input === "count" && UNIT_ONLY.test(conversion.rest.replace(/\s+/g, "")) ? "" : conversion.rest;
  return { value: conversion.value, rest, restField: REST_FIELD.get(name) ?? null };
}
