// Turns zod issues into per-field i18n keys, so the renderer can show a Dutch message next to the
// field and the router can return the same structure. Schemas may set their own message as an
// i18n key (`{ error: 'validation.passwordTooShort' }`); other issues map by their zod code.
import type { z } from 'zod';
import type { FieldError } from './errors';

const OWN_KEY = /^validation\.[A-Za-z0-9_.]+$/;

/**
 * A number under its minimum. A positive integer is a record's id (a region, a template, a
 * gemeente): a form sends 0 for a choice left open, so "at least 0" would be no help — the choice
 * is missing. Any other exclusive minimum is said as "more than".
 */
function tooSmallNumber(minimum: number, inclusive: boolean): FieldError {
  if (inclusive) return { key: 'validation.tooSmall', params: { minimum } };
  if (minimum === 0) return { key: 'validation.required' };
  return { key: 'validation.tooSmallExclusive', params: { minimum } };
}

function keyFor(issue: z.core.$ZodIssue): FieldError {
  if (OWN_KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalid' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { minimum: Number(issue.minimum) } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'validation.tooFew', params: { minimum: Number(issue.minimum) } };
      }
      return tooSmallNumber(Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { maximum: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'validation.tooMany', params: { maximum: Number(issue.maximum) } };
      }
      return { key: 'validation.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'validation.invalidChoice' };
    case 'invalid_format':
      return { key: 'validation.invalidFormat' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** The first problem per field path; the root object itself is reported under `_`. */
export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : '_';
    out[path] ??= keyFor(issue);
  }
  return out;
}
