// The private PostgreSQL cluster of the tests (tests/support/postgres.ts) starts, answers on its
// unix socket only, and leaves nothing behind when stopped: no server process, no folder. This
// test starts a second cluster of its own beside the one of the run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readPasswordFile } from '../../src-main/core/db/store';
import { MISSING_BINARIES, findBinaries, processAlive, startCluster } from '../support/postgres';

describe('the test PostgreSQL cluster', () => {
  it('starts, serves the socket with a password, and stops without leaving a process or a file', async () => {
    const cluster = await startCluster();
    try {
      expect(processAlive(cluster.pid)).toBe(true);
      expect(existsSync(join(cluster.socketDir, `.s.PGSQL.${cluster.port}`))).toBe(true);
      const client = new pg.Client({
        host: cluster.socketDir,
        port: cluster.port,
        user: cluster.user,
        password: readPasswordFile(cluster.passwordFile),
        database: 'postgres',
      });
      await client.connect();
      const { rows } = await client
        .query<{ tcp: string; dutch: boolean; extensions: string[] }>(
          `SELECT current_setting('listen_addresses') AS tcp,
                EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dutch') AS dutch,
                array(SELECT name::text FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent') ORDER BY name) AS extensions`,
        )
        .finally(() => client.end());
      expect(rows).toEqual([{ tcp: '', dutch: true, extensions: ['pg_trgm', 'unaccent'] }]);
      const refused = new pg.Client({
        host: cluster.socketDir,
        port: cluster.port,
        user: cluster.user,
        password: 'fout',
        database: 'postgres',
      });
      await expect(refused.connect()).rejects.toMatchObject({ code: '28P01' });
    } finally {
      cluster.stop();
    }
    expect(processAlive(cluster.pid)).toBe(false);
    expect(existsSync(cluster.dataDir)).toBe(false);
    expect(existsSync(cluster.socketDir)).toBe(false);
    expect(existsSync(cluster.passwordFile)).toBe(false);
  });

  it('names what is missing in one line when the binaries are not there', () => {
    expect(findBinaries()).toMatch(/^\/usr\/lib\/postgresql\/\d+\/bin$/);
    expect(MISSING_BINARIES).not.toContain('\n');
    expect(MISSING_BINARIES).toMatch(/postgresql/);
  });
});
