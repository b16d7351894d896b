// A keep-alive connection the server closed cannot swallow a workstation's call (issue 18). The CTER
// server ends an idle keep-alive connection after 5 s (https-server.ts); a client that keeps such a
// connection in a pool and sends on it just as the server closes it loses the call (the bench's own
// client did: one unanswered first call in 50, docs/benchmarks.md). The workstation's client opens
// a connection of its own for every call, after checking the pin, and asks the server to close it
// after the answer (`Connection: close`): no idle connection is ever left for the server to close.
// Checked against an HTTPS server whose keep-alive ends after 50 ms, with pauses longer than that.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamClient } from '../../src-main/team/client';
import { freePort, HOST, makeCertificate, opensslFingerprint } from './server-fixture';
import { tempDir } from './helpers';

let server: Server;
let port: number;
let fingerprint: string;
const seen: { connection: string | undefined; openBefore: number }[] = [];
let connections = 0;

const open = () =>
  new Promise<number>((done, fail) => server.getConnections((error, n) => (error ? fail(error) : done(n))));

beforeAll(async () => {
  const files = makeCertificate(tempDir('cter-keep-alive-'));
  fingerprint = opensslFingerprint(files.certificateFile);
  server = createServer(
    {
      cert: readFileSync(files.certificateFile),
      key: readFileSync(files.keyFile),
      minVersion: 'TLSv1.3',
      keepAliveTimeout: 50,
    },
    (request, response) => {
      void open().then((openBefore) => {
        seen.push({ connection: request.headers.connection, openBefore });
        request.resume();
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true,"value":{}}');
      });
    },
  );
  server.on('secureConnection', () => (connections += 1));
  port = await freePort();
  await new Promise<void>((done) => server.listen(port, HOST, done));
});

afterAll(async () => {
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  await closed;
});

describe('the workstation’s client and the server’s keep-alive', () => {
  it('opens a connection per call and leaves none idle, so the server’s keep-alive timeout never cuts a call', async () => {
    const client = createTeamClient({ host: HOST, port, fingerprint });
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await client.exchange('/rpc', { channel: 'work:mine', input: {} }, 'token'));
      // Longer than the server keeps an idle connection.
      await new Promise((done) => setTimeout(done, 120));
      // The connection ended with the answer: none is left open between calls.
      expect(await open()).toBe(0);
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(connections).toBe(3);
    // Each request asked to close after the answer, on a connection that was the only one open.
    expect(seen).toEqual(Array.from({ length: 3 }, () => ({ connection: 'close', openBefore: 1 })));
  });
});
