// router.dispatch(channel, rawInput): validate -> authorise -> call the handler -> audit.
// The only way in from the renderer. Whatever happens, it answers with a Result whose error holds
// a code and a safe Dutch message: no stack trace, SQL text or file path ever leaves core.
import type { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../../src-shared/ipc/contract';
import { AppError, isAppError, type BridgeError, type Result } from '../../src-shared/ipc/errors';
import { fieldErrors } from '../../src-shared/ipc/validation';
import { formatMessage } from '../../src-shared/i18n/messages';
import type { Handler, Handlers, RequestContext } from './handlers';
import type { Logger } from './logger';

export interface RouterHooks {
  /** Throws an AppError when the current session may not call this channel. */
  authorize?(channel: ChannelName): void;
  /** Records the outcome of a call; called for every call on a known channel. */
  audit?(channel: ChannelName, outcome: { ok: boolean; code?: string }): void;
}

export interface Router {
  dispatch(channel: unknown, rawInput: unknown): Promise<Result<unknown>>;
}

export function toBridgeError(error: AppError): BridgeError {
  const out: BridgeError = { code: error.code, message: formatMessage('nl', `errors.${error.code}`, error.params) };
  if (error.params) out.params = error.params;
  if (error.fields) out.fields = error.fields;
  return out;
}

export function createRouter(handlers: Handlers, logger: Logger, hooks: RouterHooks = {}): Router {
  return {
    async dispatch(channel, rawInput) {
      if (!isChannelName(channel)) {
        logger.warn('router: unknown channel rejected');
        return { ok: false, error: toBridgeError(new AppError('UNKNOWN_CHANNEL')) };
      }
      try {
        const spec = contract[channel];
        const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
        if (!parsed.success) throw new AppError('INVALID_INPUT', undefined, fieldErrors(parsed.error));
        hooks.authorize?.(channel);
        const ctx: RequestContext = { channel };
        const handler = handlers[channel] as Handler<ChannelName>;
        const value = await handler(parsed.data as never, ctx);
        hooks.audit?.(channel, { ok: true });
        return { ok: true, value };
      } catch (error) {
        const appError = isAppError(error) ? error : new AppError('INTERNAL');
        if (!isAppError(error)) logger.error(`router: ${channel} failed`, error);
        try {
          hooks.audit?.(channel, { ok: false, code: appError.code });
        } catch (auditError) {
          logger.error('router: audit of a failed call failed', auditError);
        }
        return { ok: false, error: toBridgeError(appError) };
      }
    },
  };
}
