// What the CTER server answers to one HTTP request (issue 18): the existing contract over three
// endpoints and nothing else. `POST /login` {username, password, workstation} -> core.server.login;
// `POST /rpc` {channel, input} with `Authorization: Bearer <token>` -> core.dispatchAs; `POST
// /logout` with the token -> the session's `session:logout`. Every answer to those is the core's
// Result as JSON, unchanged, with status 200 (a refusal is the Result's error, as in-process),
// but 503 while the database cannot be reached (STORE_UNREACHABLE) or when PostgreSQL ended the
// call's transaction as a deadlock (STORE_CONFLICT; rolled back whole, request key included), so
// the client sends the call again with its key (team/retry.ts), and 428 for a call that
// changes data without an `Idempotency-Key` (REQUEST_KEY_MISSING; core runs a keyed call at most
// once per session, core/server/request-keys.ts, and the client retries with the same key,
// team/retry.ts).
// What the transport itself refuses (an unknown path, another method, a body that is not JSON or
// too large) is a Result with the code TRANSPORT and the fitting HTTP status; anything unexpected
// is INTERNAL with 500. No answer ever carries a stack trace, SQL or a path: errors are logged here,
// answered by code. The client is named to core by the address its connection comes from, so a
// session's token works only from the address it logged in from (see docs/developer/team-server.md);
// behind a trusted load balancer, from the address it forwards (client-address.ts). `GET /events` is
// the session's event stream (event-stream.ts). Every request ends with one log line for IT
// (request-log.ts): method, path, status, duration, the session's id, never the token or the body.
// A channel that would use a dialog or the printer hands the workstation its files and prints in
// the answer (`deliveries`), worded in the workstation's language (`locale`), and an import sends
// its file's bytes (`upload`): transfer.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { AppError, type ErrorCode, type Result } from '../../src-shared/ipc/errors';
import { isRequestKey, needsRequestKey, REQUEST_KEY_HEADER } from '../../src-shared/ipc/request-key';
import { workstationNameSchema } from '../../src-shared/ipc/session';
import type { CallNote, Core } from '../core/core';
import type { Logger } from '../core/logger';
import { toBridgeError } from '../core/router';
import { clientAddress as addressOf, plainAddress } from './client-address';
import { logWhenAnswered } from './request-log';
import { transferOf, withDeliveries } from './transfer';

/** The largest request body accepted (413 beyond). */
export const MAX_BODY_BYTES = 1024 * 1024;

const ROUTES = new Set(['/login', '/rpc', '/logout']);

/** Sent with every answer: JSON for a program, never cached, never framed or sniffed. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** A refusal of the transport, answered with `status` and the TRANSPORT error. */
class Refusal extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const failure = (code: ErrorCode): Result<never> => ({
  ok: false,
  error: toBridgeError(new AppError(code)),
});

/** The connection's network address, IPv4 written plainly even on a dual-stack socket. */
export function clientAddress(request: IncomingMessage): string | null {
  const address = request.socket.remoteAddress ?? null;
  return address === null ? null : plainAddress(address);
}

/** What the listener adds to a request: its proxies (server.json) and its event streams. */
export interface RequestContext {
  trustedProxies?: readonly string[];
  /** Only registered workstations (server.json `clientCaFile`): see `registeredWorkstation`. */
  clientCertificates?: boolean;
  events?: {
    serve(request: IncomingMessage, response: ServerResponse, client: string | null, note: CallNote): Promise<void>;
  };
}

export function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

function isJson(request: IncomingMessage): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * The body, up to MAX_BODY_BYTES: 413 for a body declared or found larger (reading stops there; the
 * connection closes after the answer), 400 for one the client broke off.
 */
function readBody(request: IncomingMessage): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(new Refusal(413));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: Buffer | Refusal) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Refusal) reject(outcome);
      else resolve(outcome);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.pause();
        settle(new Refusal(413));
      } else chunks.push(chunk);
    });
    request.on('end', () => settle(Buffer.concat(chunks)));
    request.on('error', () => settle(new Refusal(400)));
    request.on('close', () => settle(new Refusal(400)));
  });
}

/** The body as a JSON object: 400 when it is not JSON, or not an object. */
async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const bytes = await readBody(request);
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Refusal(400);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Refusal(400);
  return body as Record<string, unknown>;
}

/**
 * With client certificates required: the name of the workstation as its certificate says (the
 * subject's CN, checked against the CA in the handshake), '' for a certificate without a CN, and
 * null when the connection has no certificate from that CA. The name replaces whatever the
 * workstation says of itself at log-in, so the audit names the workstation IT registered.
 */
function registeredWorkstation(request: IncomingMessage): string | null {
  const socket = request.socket as TLSSocket;
  if (!socket.authorized) return null;
  const name = socket.getPeerCertificate().subject?.CN;
  return typeof name === 'string' ? name : '';
}

/** The call's request key (`Idempotency-Key`), as sent; core checks its shape. */
function requestKey(request: IncomingMessage): string | undefined {
  const value = request.headers[REQUEST_KEY_HEADER];
  return typeof value === 'string' ? value.trim() : undefined;
}

/**
 * The HTTP status of a Result. 200 for the core's answers, with the exceptions a client or a load
 * balancer acts on: 503 (with Retry-After) while the database cannot be reached, or when the call's
 * transaction was ended as a deadlock or serialization failure (nothing of it was saved, its
 * request key neither: the same call again runs anew, exactly once), so the client retries the
 * call with its key; 428 for a call that changes data without a request key.
 */
function statusOf(result: Result<unknown>): { status: number; headers: Record<string, string> } {
  if (result.ok) return { status: 200, headers: {} };
  if (result.error.code === 'STORE_UNREACHABLE') return { status: 503, headers: { 'Retry-After': '2' } };
  // The other transaction went on: a moment later the call gets through.
  if (result.error.code === 'STORE_CONFLICT') return { status: 503, headers: { 'Retry-After': '1' } };
  if (result.error.code === 'REQUEST_KEY_MISSING') return { status: 428, headers: {} };
  return { status: 200, headers: {} };
}

async function answer(
  core: Core,
  path: string,
  request: IncomingMessage,
  client: string | null,
  note: CallNote,
  registered: string | undefined,
): Promise<Result<unknown>> {
  const body = await readJson(request);
  if (path === '/login') {
    // The certificate's name when it is one the audit can show; else the name the workstation gives.
    const named = registered && workstationNameSchema.safeParse(registered).success ? { workstation: registered } : {};
    return noteLogin(await core.server.login({ ...body, ...named }, client), note);
  }
  const token = bearerToken(request);
  if (path === '/logout') return core.dispatchAs(token, 'session:logout', {}, client, { note });
  const key = requestKey(request);
  // A change without a key could not be retried safely: refused before it runs.
  if (needsRequestKey(body['channel']) && !isRequestKey(key)) return failure('REQUEST_KEY_MISSING');
  // An import's file from the workstation; the files and prints the call hands back, worded in the
  // workstation's language (transfer.ts).
  const transfer = transferOf(body['channel'], body['upload'], body['locale']);
  if (!transfer) throw new Refusal(400);
  const result = await core.dispatchAs(token, body['channel'], body['input'] ?? {}, client, {
    note,
    requestKey: key,
    transfer,
  });
  return withDeliveries(result, transfer);
}

function noteLogin<T extends Result<{ sessionId: string }>>(result: T, note: CallNote): T {
  if (result.ok) note.sessionId = result.value.sessionId;
  return result;
}

function send(response: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}) {
  if (response.headersSent) return;
  const text = JSON.stringify(result);
  response.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

/** Handles one request; never throws, never answers with more than a code and its message. */
export async function handleRequest(
  core: Core,
  logger: Logger,
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext = {},
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0]!;
  const note: CallNote = { sessionId: null };
  logWhenAnswered(logger, request, response, path, note);
  const client = addressOf(request, context.trustedProxies);
  if (client === undefined) return send(response, 400, failure('TRANSPORT'), { Connection: 'close' });
  // A workstation without a certificate from the workstations' CA gets this answer and nothing else.
  const registered = context.clientCertificates ? registeredWorkstation(request) : undefined;
  if (registered === null) return send(response, 403, failure('WORKSTATION_NOT_REGISTERED'), { Connection: 'close' });
  if (path === '/events' && context.events) return serveEvents(logger, context.events, request, response, client, note);
  if (!ROUTES.has(path)) return send(response, 404, failure('TRANSPORT'));
  if (request.method !== 'POST') return send(response, 405, failure('TRANSPORT'), { Allow: 'POST' });
  if (!isJson(request)) return send(response, 415, failure('TRANSPORT'));
  try {
    const result = await answer(core, path, request, client, note, registered);
    const { status, headers } = statusOf(result);
    send(response, status, result, headers);
  } catch (error) {
    if (error instanceof Refusal) {
      // The rest of a refused body is not read: the connection closes after the answer.
      send(response, error.status, failure('TRANSPORT'), { Connection: 'close' });
      return;
    }
    logger.error(`server: ${path} failed`, error);
    send(response, 500, failure('INTERNAL'));
  }
}

async function serveEvents(
  logger: Logger,
  events: NonNullable<RequestContext['events']>,
  request: IncomingMessage,
  response: ServerResponse,
  client: string | null,
  note: CallNote,
): Promise<void> {
  if (request.method !== 'GET') return send(response, 405, failure('TRANSPORT'), { Allow: 'GET' });
  try {
    await events.serve(request, response, client, note);
  } catch (error) {
    logger.error('server: /events failed', error);
    if (!response.headersSent) send(response, 500, failure('INTERNAL'));
    else response.destroy();
  }
}

/** For the event stream (event-stream.ts): the answers of the other endpoints. */
export const sendResult = send;
export const transportFailure = (): Result<never> => failure('TRANSPORT');
