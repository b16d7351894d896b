// router.dispatch(channel, rawInput): authorise -> validate -> execute (with audit).
// The only way in from the renderer. Whatever happens, it answers with a Result whose error holds
// a code and a safe Dutch message: no stack trace, SQL text or file path ever leaves core.
// Authorisation comes before validation: a caller without access learns nothing about the input.
// Before any schema walks the input, its depth and size are bounded (input-limits): validation is
// recursive, and input nested thousands of levels deep would overflow the stack. Then a character
// no stored text can hold (a NUL, half a surrogate pair) is refused on its field (input-characters).
import type { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../../src-shared/ipc/contract';
import { AppError, isAppError, type BridgeError, type Result } from '../../src-shared/ipc/errors';
import { formatMessage } from '../../src-shared/i18n/messages';
import { pathOfUnstorableCharacter } from '../../src-shared/ipc/input-characters';
import { withinInputLimits } from '../../src-shared/ipc/input-limits';
import { fieldErrors } from '../../src-shared/ipc/validation';
import type { HandlerDef, Handlers } from './handlers';
import type { Logger } from './logger';

export interface RouterHooks {
  /** Throws an AppError when the current caller may not use this channel. */
  authorize?(channel: ChannelName): void;
  /** Runs the handler (in a transaction, with audit); default: just run it. */
  execute?(channel: ChannelName, handler: HandlerDef<ChannelName>, input: unknown): Promise<unknown>;
  /** Records a refused or failed call; `original` is what was thrown. */
  failed?(channel: ChannelName, error: AppError, input: unknown, original: unknown): Promise<void>;
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
      let input: unknown;
      try {
        hooks.authorize?.(channel);
        if (!withinInputLimits(rawInput)) {
          throw new AppError('INVALID_INPUT', undefined, { _: { key: 'validation.inputTooComplex' } });
        }
        const unstorable = pathOfUnstorableCharacter(rawInput);
        if (unstorable !== null) {
          throw new AppError('INVALID_INPUT', undefined, { [unstorable]: { key: 'validation.unstorableCharacter' } });
        }
        const parsed = (contract[channel].input as z.ZodType).safeParse(rawInput ?? {});
        if (!parsed.success) throw new AppError('INVALID_INPUT', undefined, fieldErrors(parsed.error));
        input = parsed.data;
        const handler = handlers[channel] as HandlerDef<ChannelName>;
        const value = hooks.execute
          ? await hooks.execute(channel, handler, input)
          : await handler.run(input as never, {} as never);
        return { ok: true, value };
      } catch (error) {
        const appError = isAppError(error) ? error : new AppError('INTERNAL');
        if (!isAppError(error)) logger.error(`router: ${channel} failed`, error);
        try {
          await hooks.failed?.(channel, appError, input, error);
        } catch (auditError) {
          logger.error('router: recording a failed call failed', auditError);
        }
        return { ok: false, error: toBridgeError(appError) };
      }
    },
  };
}
