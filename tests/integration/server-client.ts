// What the CTER server's tests need as a client: a self-signed certificate for loopback made with
// openssl, and one HTTPS request with Node's own client that trusts only that certificate (used by
// server-faults.test.ts; server-http.test.ts keeps its own copies).
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';

export const HOST = '127.0.0.1';

/** A self-signed certificate for localhost and 127.0.0.1, the key readable by its owner only. */
export function makeCertificate(dir: string): { certificateFile: string; keyFile: string } {
  const certificateFile = join(dir, 'server.crt');
  const keyFile = join(dir, 'server.key');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', keyFile, '-out', certificateFile, '-days', '1', '-subj', '/CN=localhost'],
      ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  chmodSync(keyFile, 0o600);
  return { certificateFile, keyFile };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  text: string;
}

export interface Ask {
  port: number;
  ca: Buffer;
  token?: string;
  /** The request key (`Idempotency-Key`). */
  key?: string;
}

/** One POST with a JSON body; rejects on a connection error (its `code` says which). */
export function ask(path: string, body: unknown, options: Ask): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port: options.port,
        path,
        method: 'POST',
        ca: options.ca,
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          ...(options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` }),
          ...(options.key === undefined ? {} : { 'Idempotency-Key': options.key }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answerText = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: JSON.parse(answerText) as Answer['body'],
              text: answerText,
            });
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

export async function login(
  account: { username: string; password: string },
  options: Omit<Ask, 'token' | 'key'>,
): Promise<string> {
  const answer = await ask(
    '/login',
    { username: account.username, password: account.password, workstation: `Werkplek ${account.username}` },
    options,
  );
  if (!answer.body.ok) throw new Error(`login ${account.username}: ${answer.body.error?.code}`);
  return (answer.body.value as { token: string }).token;
}
