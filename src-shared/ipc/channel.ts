// One channel of the bridge: its zod input schema, how the router audits it, and (as a phantom
// type) what it returns. Feature files declare their channels with `channel<Output>()({...})`;
// contract.ts merges them into the one map that main, preload and renderer share.
import type { z } from 'zod';

/**
 * How a call is classified in the audit log. `none` is for calls that touch no personal data
 * (app info, locale); `session` for login, lock, logout and password changes, whose services write
 * their own entries (they run while the database is closed, or must record who they were).
 */
export type AuditKind = 'none' | 'session' | 'view' | 'change' | 'export' | 'print' | 'delete';

export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly audit: AuditKind;
  /** Never set: carries the output type for inference. */
  readonly output?: O;
}

/** `channel<Output>()({ input, audit })`: the two-step call lets TypeScript infer the input type. */
export function channel<O>() {
  return <I extends z.ZodType>(spec: { input: I; audit: AuditKind }): Channel<I, O> => spec;
}
