// Bounds on the shape of a bridge call's input, checked before any schema sees it. Validation
// walks the input recursively (a free-form JSON field most deeply), so input nested thousands of
// levels deep would overflow the stack; input with millions of parts would hold the process up.
// This walk keeps its own stack, stops at the first bound it passes and never recurses.

export interface InputLimits {
  /** Levels of objects and arrays inside each other; the input itself is level 1. */
  maxDepth: number;
  /** Objects, arrays and values together (a cycle also ends here). */
  maxParts: number;
  /** Characters of all strings and keys together, plus bytes of binary values. */
  maxSize: number;
}

/**
 * Far above what any screen sends: a questionnaire draft (the deepest) nests about 8 levels, the
 * largest legal draft is 1,000,000 characters of JSON.
 */
export const INPUT_LIMITS: InputLimits = { maxDepth: 64, maxParts: 500_000, maxSize: 16_000_000 };

/** True when `input` stays within the limits. */
export function withinInputLimits(input: unknown, limits: InputLimits = INPUT_LIMITS): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value: input, depth: 1 }];
  let parts = 0;
  let size = 0;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    parts += 1;
    if (parts > limits.maxParts) return false;
    if (typeof value === 'string') {
      size += value.length;
    } else if (ArrayBuffer.isView(value)) {
      size += value.byteLength;
    } else if (value instanceof ArrayBuffer) {
      size += value.byteLength;
    } else if (Array.isArray(value)) {
      if (depth > limits.maxDepth || parts + pending.length + value.length > limits.maxParts) return false;
      for (const item of value) pending.push({ value: item, depth: depth + 1 });
    } else if (typeof value === 'object' && value !== null && !(value instanceof Map || value instanceof Set)) {
      // (A Map or Set is one part: no schema accepts one, so none walks into it.)
      if (depth > limits.maxDepth) return false;
      for (const key of Object.keys(value)) {
        size += key.length;
        pending.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
      }
      if (parts + pending.length > limits.maxParts) return false;
    }
    if (size > limits.maxSize) return false;
  }
  return true;
}
