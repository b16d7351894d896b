// How the workstation's bridge in team mode (remote-bridge.ts) sends one call of a logged-in user
// to the CTER server, and what it does with the answer:
// - a change carries a request key and is sent again with the same key while the server cannot be
//   reached or answers 502/503 (retry.ts); a read is sent once;
// - an import's file is chosen and read here, only when the user's roles allow the channel;
// - a channel the server words (print:view) carries this workstation's UI language;
// - the files and prints a successful answer hands over are saved or printed here (hand-over.ts).
import type { Locale } from '../../src-shared/domain/locale';
import type { ChannelName } from '../../src-shared/ipc/contract';
import type { ErrorCode, Result } from '../../src-shared/ipc/errors';
import { IMPORT_KINDS } from '../../src-shared/ipc/file-transfer';
import { formatMessage } from '../../src-shared/i18n/messages';
import { decideAccess } from '../../src-shared/ipc/permissions';
import { needsRequestKey } from '../../src-shared/ipc/request-key';
import type { SessionUser } from '../../src-shared/ipc/session';
import { TeamConnectionError, type TeamClient } from './client';
import { chooseUpload, receive } from './hand-over';
import type { RemoteBridgeOptions } from './remote-bridge-options';
import type { RemoteSession } from './remote-session';
import { sendWithRetry } from './retry';

/** The channels whose answer the server words in the workstation's language: they carry `locale`. */
const WORDED_CHANNELS: ReadonlySet<ChannelName> = new Set(['print:view']);

/** A refusal made on this workstation, worded in Dutch as the server words its own. */
export const fail = (code: ErrorCode): Result<never> => ({
  ok: false,
  error: { code, message: formatMessage('nl', `errors.${code}`) },
});

/**
 * One call of a logged-in user to the server, as the workstation sends it. A call that changes data
 * carries a request key and is sent again with the same key while the server cannot be reached or
 * answers 502/503 (its database out of reach, a transaction ended as a deadlock: retry.ts, about
 * 10 s in all): the server runs it once, and a repeat after a lost answer gets the first answer. A
 * read is sent once: it fails at once with NO_CONNECTION (or the server's STORE_UNREACHABLE /
 * STORE_CONFLICT) and may simply be asked again. Throws a TeamConnectionError when no answer came.
 * The server-load bench sends its calls through this too, so it measures what a workstation does.
 */
export async function sendCall(
  client: TeamClient,
  channel: ChannelName,
  request: Record<string, unknown>,
  token: string,
  retryDelaysMs?: readonly number[],
): Promise<Result<unknown>> {
  if (!needsRequestKey(channel)) return client.post('/rpc', request, token);
  const outcome = await sendWithRetry((key) => client.exchange('/rpc', request, token, key), {
    retryable: (error) => error instanceof TeamConnectionError && error.kind === 'unreachable',
    ...(retryDelaysMs ? { delaysMs: retryDelaysMs } : {}),
  });
  if (outcome.kind === 'unreachable') throw outcome.error;
  return outcome.delivered.body;
}

/** What the call parts use of the bridge. */
interface CallDeps {
  client: TeamClient;
  session: RemoteSession;
  options: RemoteBridgeOptions;
  logger: { error(message: string, error?: unknown): void };
}

/** The parts of a call to the server: sending, the upload, the locale, the hand-over of its files. */
export function createRemoteCalls({ client, session, options, logger }: CallDeps) {
  /** One call to the server (`sendCall`), with the bridge's retry pauses. */
  const send = (channel: ChannelName, request: Record<string, unknown>, held: string) =>
    sendCall(client, channel, request, held, options.retryDelaysMs);

  /**
   * An import's file, chosen and read on this workstation (null: none chosen, or no import). Only
   * when the user's roles allow the channel: otherwise no dialog, and the call goes without a file
   * for the server to refuse (FORBIDDEN, audited there), as in-process the router refuses first.
   * The roles are the log-in's, as the renderer's buttons are.
   */
  const uploadFor = async (channel: ChannelName, user: SessionUser) => {
    const kind = IMPORT_KINDS[channel];
    if (!kind) return { ok: true as const, value: null };
    const caller = { roles: user.roles, mustChangePassword: user.mustChangePassword, kiosk: session.kiosk };
    if (decideAccess(channel, caller) !== 'allowed') return { ok: true as const, value: null };
    if (!options.platform) return { ok: false as const, code: 'FILE_FAILED' as const };
    return chooseUpload(options.platform, kind);
  };

  /** The workstation's UI language, for a channel the server words (null: the server's own). */
  const localeFor = async (channel: ChannelName): Promise<Locale | null> => {
    if (!WORDED_CHANNELS.has(channel)) return null;
    const info = await options.local('app:info', {});
    return info.ok ? ((info.value as { locale?: Locale }).locale ?? null) : null;
  };

  /** The files and prints a successful answer hands over, saved or printed here; the answer as in-process. */
  const handOver = async (answer: Result<unknown>): Promise<Result<unknown>> => {
    if (!answer.ok) return answer;
    const { value, deliveries } = answer as { value: unknown; deliveries?: unknown };
    if (deliveries === undefined) return answer;
    if (!options.platform) return fail('FILE_FAILED');
    const settled = await receive(options.platform, deliveries, value);
    if (!settled.ok) {
      if (settled.code === 'INTERNAL') logger.error('team: the server handed over files this workstation cannot read');
      return fail(settled.code);
    }
    return { ok: true, value: settled.value };
  };

  return { send, uploadFor, localeFor, handOver };
}
