import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from './validation';

describe('fieldErrors', () => {
  const schema = z
    .object({
      naam: z.string().min(1),
      wachtwoord: z.string().min(12),
      toelichting: z.string().max(5),
      aantal: z.number().int().min(1).max(10),
      soort: z.enum(['a', 'b']),
      lijst: z.array(z.string()).min(1),
      eigen: z.string().refine((v) => v === 'ok', { error: 'validation.ownKey' }),
    })
    .strict();

  it('maps each zod issue to an i18n key with params, first issue per field', () => {
    const result = schema.safeParse({
      naam: '',
      wachtwoord: 'kort',
      toelichting: 'veel te lang',
      aantal: 11,
      soort: 'c',
      lijst: [],
      eigen: 'nee',
      onbekend: true,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({
      naam: { key: 'validation.required' },
      wachtwoord: { key: 'validation.tooShort', params: { minimum: 12 } },
      toelichting: { key: 'validation.tooLong', params: { maximum: 5 } },
      aantal: { key: 'validation.tooBig', params: { maximum: 10 } },
      soort: { key: 'validation.invalidChoice' },
      lijst: { key: 'validation.tooFew', params: { minimum: 1 } },
      eigen: { key: 'validation.ownKey' },
      _: { key: 'validation.unknownField' },
    });
  });

  it('reports a missing field as required', () => {
    const result = z.object({ naam: z.string() }).safeParse({});
    expect(result.success || fieldErrors(result.error)).toEqual({ naam: { key: 'validation.required' } });
  });

  // A choice that was left open (ZVH-regio when planning a meeting, a template, a gemeente) is sent
  // as 0 to a record id (a positive integer): "Vul minstens 0 in." told the user nothing true.
  it('reports an id left unchosen as required, and a number at or below an exclusive minimum as too small', () => {
    const result = z
      .object({ regionId: z.number().int().positive(), aantal: z.number().gt(2) })
      .safeParse({ regionId: 0, aantal: 2 });
    expect(result.success || fieldErrors(result.error)).toEqual({
      regionId: { key: 'validation.required' },
      aantal: { key: 'validation.tooSmallExclusive', params: { minimum: 2 } },
    });
  });
});
