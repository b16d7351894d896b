// What the CTER server builds before it says it listens, besides its pool (pool-warmth.ts): zod
// builds a schema's parser on its first parse (zod 4 compiles an object schema's checks into a
// function then), so a server's first call of each channel paid for its input schema's: 160
// channels took 0.21–0.26 s the first time and 5–7 ms the second (docs/benchmarks.md). Each
// channel's input schema is parsed once here with an empty object — no data, no session, no
// audit entry: every one is refused or accepted as an empty input, and nothing runs.
import type { z } from 'zod';
import { contract } from '../../../src-shared/ipc/contract';
import { serverLoginInput } from './server-login';

export interface CodeWarmth {
  /** Input schemas parsed once. */
  schemas: number;
  ms: number;
}

export function warmSchemas(): CodeWarmth {
  const started = process.hrtime.bigint();
  const schemas: z.ZodType[] = [
    ...Object.values(contract).map((channel) => channel.input as z.ZodType),
    serverLoginInput,
  ];
  for (const schema of schemas) schema.safeParse({});
  return { schemas: schemas.length, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}
