// A relay from `<dir>/.s.PGSQL.<port>` to a test cluster's socket: a core (or a `cter server`
// child process) given `relay.store` reaches its database only through it, so a test can take the
// database away (`stop`: no new connection, the open ones cut) and bring it back (`start`), and
// can watch what a connection sends (`watch`) to cut it, or act on the server's next reply, at a
// chosen statement (a save interrupted half-way, a process killed right after its COMMIT).
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresStore } from '../../src-main/core/db/store';

/** One client connection through the relay. */
export interface RelayConnection {
  /** Ends both sides now; what was not forwarded yet is lost. */
  cut(): void;
  /**
   * Runs `hook` on the server's next reply on this connection, before it is forwarded; `false`
   * drops it (the client never sees it).
   */
  onNextReply(hook: () => boolean): void;
}

/**
 * Looks at what a client sends (as latin1 text, a message or several) before it is forwarded;
 * `false` drops it (after a `cut`, say).
 */
export type Watch = (text: string, connection: RelayConnection) => boolean;

export class Relay {
  readonly dir = mkdtempSync(join(tmpdir(), 'cter-relay-'));
  connections = 0;
  watch: Watch | null = null;
  private server: Server | null = null;
  private readonly open = new Set<Socket>();

  constructor(private readonly target: PostgresStore) {}

  async start(): Promise<void> {
    const upstreamPath = join(this.target.socketDir!, `.s.PGSQL.${this.target.port}`);
    const server = createServer((client) => {
      this.connections += 1;
      const upstream = createConnection(upstreamPath);
      let replyHook: (() => boolean) | null = null;
      const connection: RelayConnection = {
        cut: () => {
          client.destroy();
          upstream.destroy();
        },
        onNextReply: (hook) => {
          replyHook = hook;
        },
      };
      for (const socket of [client, upstream]) {
        this.open.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.open.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', (chunk: Buffer) => {
        if (this.watch && !this.watch(chunk.toString('latin1'), connection)) return;
        if (!upstream.destroyed) upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        const hook = replyHook;
        replyHook = null;
        if (hook && !hook()) return;
        if (!client.destroyed) client.write(chunk);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(join(this.dir, `.s.PGSQL.${this.target.port}`), resolve);
    });
    this.server = server;
  }

  /** The server goes away: no new connection, and the open ones are cut. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.open) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The store as seen through the relay. */
  get store(): PostgresStore {
    return { ...this.target, socketDir: this.dir };
  }
}
