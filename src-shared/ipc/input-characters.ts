// Characters no stored text can hold, found anywhere in a bridge call's input before its schema
// runs. A NUL (U+0000) arrives with text pasted from some PDFs and older programs (Chromium keeps
// it in a field): PostgreSQL refuses it outright, so the whole call failed as INTERNAL, while the
// SQLCipher file stored it. Half of a surrogate pair (an emoji cut in two) is turned into U+FFFD
// by both drivers, so what was stored differed from what was sent. Both are refused, on the field
// that holds them; the renderer removes them from a paste (kit/cleanPaste) so nobody meets this.
// Runs after input-limits, so the walk is bounded; like it, it keeps its own stack.

/** A NUL, or a high surrogate without its low half, or a low one without its high half. */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EVERY_UNSTORABLE = new RegExp(UNSTORABLE.source, 'g');

export function hasUnstorableCharacter(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** The text without them: what a paste puts in a field (none of them shows on screen anyway). */
export function withoutUnstorableCharacters(text: string): string {
  return text.replace(EVERY_UNSTORABLE, '');
}

/**
 * The path of the first value holding such a character, as the router reports fields
 * (`signal.omschrijving`, `_` for the input itself), or null when there is none. A key holding
 * one is reported at the object it belongs to: the key itself is no field a screen shows.
 */
export function pathOfUnstorableCharacter(input: unknown): string | null {
  // Each part keeps a link to its parent rather than a copy of its path: a large draft has
  // hundreds of thousands of parts, and only the one found needs its path spelled out.
  const pending: Step[] = [{ value: input, key: null, parent: null }];
  while (pending.length > 0) {
    const step = pending.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      if (hasUnstorableCharacter(value)) return fieldPath(step);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, key: String(index), parent: step }));
    } else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (hasUnstorableCharacter(key)) return fieldPath(step);
        pending.push({ value: item, key, parent: step });
      }
    }
  }
  return null;
}

interface Step {
  value: unknown;
  /** The key or index under which `parent` holds this value; null for the input itself. */
  key: string | null;
  parent: Step | null;
}

function fieldPath(step: Step): string {
  const keys: string[] = [];
  for (let at: Step | null = step; at !== null && at.key !== null; at = at.parent) keys.unshift(at.key);
  return keys.length ? keys.join('.') : '_';
}

/** Objects a schema walks into (binary values, Maps and Sets hold no text it reads). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !ArrayBuffer.isView(value) &&
    !(value instanceof ArrayBuffer) &&
    !(value instanceof Map || value instanceof Set)
  );
}
