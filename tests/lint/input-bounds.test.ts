// Every text, list and number a channel takes has an upper bound that fits its field (the security
// review of 2026-12-07: a covenant's version had none). This walks every channel's input schema,
// and the schemas of what else arrives from outside (the server's log-in, a workstation's upload,
// the server's deliveries to a workstation, an imported questionnaire and its answers), and names
// each string without a maximum length, each array without a maximum count and each number
// without a maximum: a channel or a schema added without one fails here. A string whose only check is a
// pattern of fixed length (a uuid, a code such as `^[a-z0-9_]{1,40}$`) is bounded by it.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { serverLoginInput } from '../../src-main/core/server/server-login';
import { answersSchema } from '../../src-shared/domain/questionnaire-answers';
import { templateSchema } from '../../src-shared/domain/questionnaire';
import { contract } from '../../src-shared/ipc/contract';
import { deliveriesSchema, uploadSchema } from '../../src-shared/ipc/file-transfer';

/** What arrives from outside besides the channels' input. */
const OTHER_SCHEMAS: Record<string, unknown> = {
  'server log-in': serverLoginInput,
  'upload of an import': uploadSchema,
  'deliveries to a workstation': deliveriesSchema,
  'questionnaire template (import)': templateSchema,
  'questionnaire answers': answersSchema,
};

/** Parts of an input that are bounded another way, and how: the only ones allowed to lack a maximum. */
const BOUNDED_OTHERWISE: Record<string, string> = {
  // The builder's autosave: whatever the beheerder typed so far, in any shape; at most 1 MB of JSON
  // as a whole (evaluations.ts `draftContent`), and checked part by part when the template is saved.
  'evaluations:save-template-draft.content': 'the whole draft at most 1,000,000 characters of JSON',
};

type AnySchema = z.core.$ZodType;
interface CheckDef {
  check: string;
  maximum?: number;
  length?: number;
  value?: number;
  pattern?: RegExp;
}

/** The schema's checks; a format such as `z.uuid()` is a check of its own definition too. */
function checksOf(schema: AnySchema): CheckDef[] {
  const def = schema._zod.def as { check?: string; checks?: { _zod: { def: CheckDef } }[] };
  const own = def.check ? [def as CheckDef] : [];
  return [...own, ...(def.checks ?? []).map((check) => check._zod.def)];
}

/** A pattern anchored at both ends with no unbounded repetition (`*`, `+`, `{n,}`). */
function fixedLengthPattern(pattern: RegExp | undefined): boolean {
  if (!pattern) return false;
  const source = pattern.source.replace(/\\./g, '');
  return source.startsWith('^') && source.endsWith('$') && !/[*+]|\{\d+,\}/.test(source);
}

function hasMaximum(schema: AnySchema, kind: 'string' | 'array' | 'number'): boolean {
  return checksOf(schema).some((check) => {
    if (check.check === 'max_length' || check.check === 'length_equals') return true;
    if (kind === 'number') return check.check === 'less_than';
    return kind === 'string' && check.check === 'string_format' && fixedLengthPattern(check.pattern);
  });
}

/** The paths in `schema` with no upper bound. */
function unbounded(schema: AnySchema, path: string, within = new Set<AnySchema>()): string[] {
  if (path in BOUNDED_OTHERWISE || within.has(schema)) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (next: unknown, at = path) => unbounded(next as AnySchema, at, within);
  switch (def.type) {
    case 'string':
    case 'number':
      return hasMaximum(schema, def.type) ? [] : [`${path} (${def.type})`];
    case 'array':
      return [...(hasMaximum(schema, 'array') ? [] : [`${path} (array)`]), ...inner(def['element'], `${path}[]`)];
    case 'object': {
      within.add(schema);
      const shape = def['shape'] as Record<string, AnySchema>;
      const found = Object.entries(shape).flatMap(([key, part]) => inner(part, `${path}.${key}`));
      within.delete(schema);
      return found;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def['innerType']);
    case 'pipe':
      return [...inner(def['in']), ...inner(def['out'])];
    case 'union':
      return (def['options'] as AnySchema[]).flatMap((option, at) => inner(option, `${path}|${at}`));
    case 'intersection':
      return [...inner(def['left']), ...inner(def['right'])];
    case 'record':
      return [...inner(def['keyType'], `${path}{key}`), ...inner(def['valueType'], `${path}{}`)];
    case 'tuple':
      return (def['items'] as AnySchema[]).flatMap((item, at) => inner(item, `${path}[${at}]`));
    case 'lazy': {
      within.add(schema);
      const found = inner((def['getter'] as () => AnySchema)());
      within.delete(schema);
      return found;
    }
    case 'enum':
    case 'literal':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'transform':
    case 'never':
      return [];
    default:
      // Anything else (any, unknown, custom, json, a date object …) says nothing of its size.
      return [`${path} (${def.type})`];
  }
}

describe('the bounds of every channel input', () => {
  it('give every string, array and number a maximum', () => {
    const found = Object.entries(contract).flatMap(([name, channel]) =>
      unbounded(channel.input as unknown as AnySchema, name),
    );
    expect(found).toEqual([]);
  });

  it('give every string, array and number a maximum in what else arrives from outside', () => {
    const found = Object.entries(OTHER_SCHEMAS).flatMap(([name, schema]) => unbounded(schema as AnySchema, name));
    expect(found).toEqual([]);
  });

  it('are found by this walk: it names what lacks one', async () => {
    const { z } = await import('zod');
    const schema = z.object({
      naam: z.string().min(1),
      code: z.string().regex(/^[a-z]{1,4}$/),
      vrij: z.string().regex(/^[a-z]+$/),
      ids: z.array(z.number().int().positive().max(9)),
      keuze: z.union([z.string().max(3), z.number()]),
      los: z.unknown(),
    });
    expect(unbounded(schema, 'x')).toEqual([
      'x.naam (string)',
      'x.vrij (string)',
      'x.ids (array)',
      'x.keuze|1 (number)',
      'x.los (unknown)',
    ]);
  });
});
