// The server builds every channel's input schema before it listens (code-warmth.ts): each parsed
// once, with an empty object, and nothing else.
import type { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../../src-shared/ipc/contract';
import { warmSchemas } from './code-warmth';
import { serverLoginInput } from './server-login';

describe('the schemas built before the server listens', () => {
  it('parses every channel’s input schema and the log-in’s once, with an empty object', () => {
    const schemas = new Set([
      ...Object.values(contract).map((channel) => channel.input as z.ZodType),
      serverLoginInput,
    ]);
    const spies = [...schemas].map((schema) => vi.spyOn(schema, 'safeParse'));
    const warmth = warmSchemas();
    expect(warmth.schemas).toBe(Object.keys(contract).length + 1);
    for (const spy of spies) {
      // A schema shared by channels is parsed once per channel.
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(1);
      for (const args of spy.mock.calls) expect(args).toEqual([{}]);
      spy.mockRestore();
    }
  });
});
