// One log line per request for IT (issue 18): when the answer is done (or the client went away),
// `server: POST /rpc 200 12 ms sessie <id>`. The method, the path (one of the server's own, else
// `(andere)`: a path is the client's text and may hold anything), the status (`-` when no answer was
// sent), the duration, and the session's id once the token was resolved (`-` before or without one).
// Never the token, the body, a channel's input or an answer: the Logger's rule (no personal data).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallNote } from '../core/core';
import type { Logger } from '../core/logger';

const PATHS = new Set(['/login', '/rpc', '/logout', '/events']);
const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH']);

/** The request's line, once it is answered. */
export function requestLine(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  note: CallNote,
  millis: number,
): string {
  const method = METHODS.has(request.method ?? '') ? request.method : '(andere)';
  const status = response.headersSent ? String(response.statusCode) : '-';
  const shown = PATHS.has(path) ? path : '(andere)';
  return `server: ${method} ${shown} ${status} ${Math.round(millis)} ms sessie ${note.sessionId ?? '-'}`;
}

/** Logs the request's line when its answer is done or the connection closed before. */
export function logWhenAnswered(
  logger: Logger,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  note: CallNote,
): void {
  const started = performance.now();
  response.once('close', () => logger.info(requestLine(request, response, path, note, performance.now() - started)));
}
