// `cter server init` and `cter server check` (issue 18, administration) on the run's PostgreSQL
// cluster, through runCli as an administrator's script runs them: init without questions (options,
// secrets from the environment) writes owner-only files, a self-signed certificate made with openssl
// whose fingerprint is the one `openssl x509 -fingerprint -sha256` prints, the schema and the first
// beheerder; run again it finishes a half-done set-up and refuses to change a configuration without
// --force; at a terminal it asks. check passes on what init made, and catches an expired or nearly
// expired certificate, a key of another certificate, a key others may read, a superuser or BYPASSRLS
// role in store.json, a missing extension, row security switched off and a database not set up.
// Never a password in the output. PostgreSQL only, on databases of its own (like server-http).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import type { CliIo } from '../../src-main/cli/command';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { adminQuery, createTestDatabase, dropTestDatabase, testCluster } from '../support/postgres-database';
import { BEHEERDER, cliIo, tempDir } from './helpers';

const stores: PostgresStore[] = [];
let store: PostgresStore;
/** The data folder `server init` set up in the first test; the checks below vary copies of it. */
let dataDir: string;
let appPassword: string;

async function freshStore(options: { migrated?: boolean } = {}): Promise<PostgresStore> {
  const made = await createTestDatabase(options);
  stores.push(made);
  return made;
}

beforeAll(async () => {
  store = await freshStore();
  appPassword = readPasswordFile(store.passwordFile!);
  dataDir = tempDir('cter-server-init-');
});

afterAll(async () => {
  for (const made of stores) await dropTestDatabase(made);
});

/** The options of a non-interactive init on `target` into `dir`. */
function initArgs(dir: string, target: PostgresStore, extra: string[] = []): string[] {
  return [
    ...['server', 'init', '--data', dir, '--db-socket', target.socketDir!, '--db-port', String(target.port)],
    ...['--database', target.database, '--db-user', target.user, '--host', '127.0.0.1', '--port', '8443'],
    ...['--self-signed', 'localhost,127.0.0.1', '--user', BEHEERDER.username, '--name', BEHEERDER.displayName],
    ...extra,
  ];
}

/** What runCli wrote, with the database role's password in the environment. */
function io(env: Record<string, string> = {}) {
  return cliIo({ CTER_DB_PASSWORD: appPassword, ...env });
}

/** No secret in anything the command wrote. */
function expectNoSecrets(output: { out: string[]; err: string[] }, dir: string): void {
  const text = [...output.out, ...output.err].join('\n');
  expect(text).not.toContain(appPassword);
  expect(text).not.toContain(BEHEERDER.password);
  for (const file of ['tls/cter-server.key']) {
    const key = readFileSync(join(dir, file), 'utf8').split('\n')[1]!;
    expect(text).not.toContain(key);
  }
}

function opensslFingerprint(certificateFile: string): string {
  const printed = execFileSync('openssl', ['x509', '-in', certificateFile, '-noout', '-fingerprint', '-sha256'], {
    encoding: 'utf8',
  });
  return printed.trim().split('=')[1]!;
}

async function check(dir: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const output = cliIo();
  const code = await runCli(['server', 'check', '--data', dir], output.io);
  return { code, out: output.out, err: output.err };
}

/** A copy of the set-up data folder with store.json and/or server.json changed. */
function variant(changes: { store?: Record<string, unknown>; server?: Record<string, unknown> }): string {
  const dir = tempDir('cter-server-check-');
  for (const [file, change] of [
    ['store.json', changes.store],
    ['server.json', changes.server],
  ] as const) {
    const text = { ...JSON.parse(readFileSync(join(dataDir, file), 'utf8')), ...change };
    writeFileSync(join(dir, file), JSON.stringify(text, null, 2), { mode: 0o600 });
  }
  return dir;
}

/** A key and a certificate for localhost made with openssl in `dir`; `validity` in days or an expired one. */
function certificate(dir: string, validity: number | 'expired'): { certificateFile: string; keyFile: string } {
  const keyFile = join(dir, 'key.pem');
  const certificateFile = join(dir, 'certificate.pem');
  const subject = ['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'];
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile];
  if (validity === 'expired') {
    // OpenSSL 3.0's req takes no start date: a self-signing `openssl ca` with both dates set does.
    const config = join(dir, 'ca.cnf');
    writeFileSync(
      config,
      [
        '[ca]',
        'default_ca = own',
        '[own]',
        `database = ${join(dir, 'index.txt')}`,
        `new_certs_dir = ${dir}`,
        `serial = ${join(dir, 'serial')}`,
        'default_md = sha256',
        'policy = any',
        'unique_subject = no',
        '[any]',
        'commonName = supplied',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '01\n');
    const request = join(dir, 'request.csr');
    execFileSync('openssl', ['req', '-new', ...ec, '-out', request, '-subj', '/CN=localhost'], { stdio: 'ignore' });
    execFileSync(
      'openssl',
      [
        ...[
          'ca',
          '-batch',
          '-config',
          config,
          '-selfsign',
          '-keyfile',
          keyFile,
          '-in',
          request,
          '-out',
          certificateFile,
        ],
        ...['-startdate', '20250101000000Z', '-enddate', '20250201000000Z', '-notext'],
      ],
      { stdio: 'ignore' },
    );
  } else {
    execFileSync('openssl', ['req', '-x509', ...ec, '-out', certificateFile, '-days', String(validity), ...subject], {
      stdio: 'ignore',
    });
  }
  chmodSync(keyFile, 0o600);
  return { certificateFile, keyFile };
}

/** The report's line that matches `pattern`. */
const line = (out: string[], pattern: RegExp) => out.find((text) => pattern.test(text));

describe('cter server init', () => {
  it('sets up the data folder, the certificate and the store without questions', async () => {
    const output = io();
    const code = await runCli(initArgs(dataDir, store), output.io);
    expect(output.err).toEqual([]);
    expect(code).toBe(0);

    // Every file owner-only; the password file written from CTER_DB_PASSWORD (the default place).
    const passwordFile = join(dataDir, 'cter_app.wachtwoord');
    for (const file of [
      'store.json',
      'server.json',
      'cter_app.wachtwoord',
      'tls/cter-server.crt',
      'tls/cter-server.key',
    ]) {
      expect(statSync(join(dataDir, file)).mode & 0o077).toBe(0);
    }
    expect(readPasswordFile(passwordFile)).toBe(appPassword);
    expect(JSON.parse(readFileSync(join(dataDir, 'store.json'), 'utf8'))).toEqual({
      engine: 'postgres',
      socketDir: store.socketDir,
      port: store.port,
      database: store.database,
      user: 'cter_app',
      passwordFile,
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'))).toEqual({
      host: '127.0.0.1',
      port: 8443,
      certificateFile: join(dataDir, 'tls/cter-server.crt'),
      keyFile: join(dataDir, 'tls/cter-server.key'),
    });

    // The fingerprint as openssl prints it, for the workstations; no recovery key on PostgreSQL.
    const fingerprint = opensslFingerprint(join(dataDir, 'tls/cter-server.crt'));
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(output.out).toContain(`SHA-256-vingerafdruk van het certificaat: ${fingerprint}`);
    expect(output.out.join('\n')).toMatch(/Eerste beheerder beheer aangemaakt .*geen herstelsleutel/);
    expectNoSecrets(output, dataDir);

    // The first beheerder logs in.
    const accounts = cliIo();
    expect(await runCli(['accounts', '--data', dataDir, '--user', BEHEERDER.username], accounts.io)).toBe(0);
    expect(accounts.out.join('\n')).toMatch(/^beheer\tBea Beheer\tbeheerder$/m);
  });

  it('runs again with the same answers, and changes a configuration only with --force', async () => {
    const fingerprint = opensslFingerprint(join(dataDir, 'tls/cter-server.crt'));
    const again = io({ CTER_DB_PASSWORD: '' });
    expect(await runCli(initArgs(dataDir, store), again.io)).toBe(0);
    expect(again.out.join('\n')).toMatch(/wachtwoordbestand van de databaserol bestaat al/i);
    expect(again.out.join('\n')).toMatch(/Bestaand zelfondertekend certificaat wordt gebruikt/);
    expect(again.out.join('\n')).toMatch(/al ingericht en heeft accounts/);
    expect(opensslFingerprint(join(dataDir, 'tls/cter-server.crt'))).toBe(fingerprint);

    const before = readFileSync(join(dataDir, 'server.json'), 'utf8');
    const other = io();
    const otherPort = initArgs(dataDir, store).map((arg) => (arg === '8443' ? '9443' : arg));
    expect(await runCli(otherPort, other.io)).toBe(1);
    expect(other.err.join('\n')).toMatch(/server\.json bestaat al met andere instellingen.*--force/);
    expect(readFileSync(join(dataDir, 'server.json'), 'utf8')).toBe(before);

    const forced = io();
    expect(await runCli([...otherPort, '--force'], forced.io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'))).toMatchObject({ port: 9443 });
    expect(await runCli(initArgs(dataDir, store, ['--force']), io().io)).toBe(0);
    // --force is init's alone.
    expect(await runCli(['accounts', '--data', dataDir, '--user', 'beheer', '--force'], cliIo().io)).toBe(2);
  });

  it('finishes a set-up that stopped half-way (a refused beheerder password) when run again', async () => {
    const target = await freshStore();
    const dir = tempDir('cter-server-init-');
    const refused = io({ CTER_PASSWORD: 'kort' });
    expect(await runCli(initArgs(dir, target), refused.io)).toBe(1);
    // store.json and the certificate are there, server.json (written last) is not: not finished.
    expect(statSync(join(dir, 'store.json')).isFile()).toBe(true);
    expect(() => statSync(join(dir, 'server.json'))).toThrow();
    const notYet = await check(dir);
    expect(notYet.code).toBe(1);
    expect(line(notYet.out, /^FOUT +.*server\.json/)).toBeDefined();

    const done = io();
    expect(await runCli(initArgs(dir, target), done.io)).toBe(0);
    expect((await check(dir)).code).toBe(0);
  });

  it('writes nothing when PostgreSQL refuses the password or is not there, so a second run starts afresh', async () => {
    const target = await freshStore();
    const dir = tempDir('cter-server-init-');
    const wrong = io({ CTER_DB_PASSWORD: 'niet het wachtwoord van de rol' });
    expect(await runCli(initArgs(dir, target), wrong.io)).toBe(1);
    expect(wrong.err).toEqual([
      `PostgreSQL weigert de aanmelding van de rol ${target.user} met dit wachtwoord (CTER_DB_PASSWORD of het ` +
        'getypte). Er is niets geschreven; voer de opdracht opnieuw uit met het juiste wachtwoord.',
    ]);
    expect(readdirSync(dir)).toEqual([]);
    // Before, the wrong password's file stayed and was "used as it is" by every later run.
    const right = io();
    expect(await runCli(initArgs(dir, target), right.io)).toBe(0);
    expect(readPasswordFile(join(dir, `${target.user}.wachtwoord`))).toBe(appPassword);

    // A password file of an earlier attempt that PostgreSQL refuses: named, and left to the beheerder.
    const kept = tempDir('cter-server-init-');
    const passwordFile = join(kept, `${target.user}.wachtwoord`);
    writeFileSync(passwordFile, 'een oud wachtwoord\n', { mode: 0o600 });
    const refused = io();
    expect(await runCli(initArgs(kept, target), refused.io)).toBe(1);
    expect(refused.err.join('\n')).toMatch(/weigert de aanmelding .* met het wachtwoord uit .*cter_app\.wachtwoord\./);
    expect(readdirSync(kept)).toEqual([`${target.user}.wachtwoord`]);

    // No PostgreSQL at the socket given.
    const nowhere = tempDir('cter-server-init-');
    const down = io();
    expect(await runCli(initArgs(nowhere, { ...target, socketDir: tempDir('cter-no-socket-') }), down.io)).toBe(1);
    expect(down.err.join('\n')).toMatch(/^PostgreSQL is niet bereikbaar via .*Er is niets geschreven\.$/);
    expect(readdirSync(nowhere)).toEqual([]);
    expectNoSecrets(right, dir);
  });

  it('asks at a terminal, with defaults', async () => {
    const target = await freshStore();
    const dir = tempDir('cter-server-init-');
    const asked: string[] = [];
    const answers: [RegExp, string][] = [
      [/socket/, target.socketDir!],
      [/^PostgreSQL: poort/, String(target.port)],
      [/^PostgreSQL: database/, target.database],
      [/eigen CA/, ''],
      [/zelfondertekende/, 'localhost'],
      [/eerste beheerder/, BEHEERDER.username],
    ];
    const output = io();
    const terminal: CliIo = {
      ...output.io,
      ask: async (question) => {
        asked.push(question);
        return answers.find(([pattern]) => pattern.test(question))?.[1] ?? '';
      },
    };
    expect(await runCli(['server', 'init', '--data', dir], terminal)).toBe(0);
    expect(asked).toContain('PostgreSQL: rol van de applicatie [cter_app]: ');
    expect(asked).toContain('CTER-server: poort [8443]: ');
    expect(JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8'))).toMatchObject({ host: '0.0.0.0', port: 8443 });
    expect((await check(dir)).code).toBe(0);
  });
});

describe('cter server check', () => {
  it('passes on what init set up, line by line, without a secret', async () => {
    const result = await check(dataDir);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out.filter((text) => !text.startsWith('OK'))).toEqual(['Alles in orde.']);
    for (const pattern of [
      /server\.json is in orde/,
      /SHA-256-vingerafdruk voor de werkplekken: ([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
      /geldig tot/,
      /alleen leesbaar voor de eigenaar/,
      /hoort bij het certificaat/,
      /TLS 1\.3-verbinding .* lukt/,
      /store\.json is in orde/,
      /PostgreSQL 1\d+ is bereikbaar/,
      /schema is actueel/,
      /extensie unaccent is aanwezig/,
      /extensie pg_trgm is aanwezig/,
      /geen superuser en heeft geen BYPASSRLS/,
      /Rijbeveiliging staat aan \(FORCE\) op alle 7 tabellen/,
      /JIT staat uit/,
    ]) {
      expect(line(result.out, pattern), String(pattern)).toBeDefined();
    }
    expectNoSecrets(result, dataDir);
  });

  it('catches an expired certificate, and warns about one that expires within 30 days', async () => {
    const expired = certificate(tempDir('cter-tls-'), 'expired');
    const result = await check(variant({ server: expired }));
    expect(result.code).toBe(1);
    expect(line(result.out, /^FOUT +Het certificaat is verlopen op 2025-02-01/)).toBeDefined();
    expect(result.err).toEqual(['1 controle is mislukt.']);

    const soon = certificate(tempDir('cter-tls-'), 10);
    const warned = await check(variant({ server: soon }));
    expect(line(warned.out, /^LET OP +Het certificaat verloopt op .*, over \d+ dagen/)).toBeDefined();
    expect(warned.code).toBe(0);
  });

  it('catches a key that belongs to another certificate, and a key others may read', async () => {
    const one = certificate(tempDir('cter-tls-'), 30);
    const other = certificate(tempDir('cter-tls-'), 30);
    const mismatch = await check(variant({ server: { certificateFile: one.certificateFile, keyFile: other.keyFile } }));
    expect(mismatch.code).toBe(1);
    expect(line(mismatch.out, /^FOUT +De privésleutel .* hoort niet bij het certificaat/)).toBeDefined();
    expect(
      line(mismatch.out, /^FOUT +Met dit certificaat en deze sleutel komt geen TLS 1\.3-verbinding/),
    ).toBeDefined();

    const open = certificate(tempDir('cter-tls-'), 30);
    chmodSync(open.keyFile, 0o644);
    const readable = await check(variant({ server: open }));
    expect(readable.code).toBe(1);
    expect(line(readable.out, /^FOUT +De privésleutel .* mag alleen door de eigenaar gelezen worden/)).toBeDefined();
  });

  it('catches a role in store.json that skips row security: the superuser, or one with BYPASSRLS', async () => {
    const cluster = testCluster();
    const superuser = await check(variant({ store: { user: cluster.user, passwordFile: cluster.passwordFile } }));
    expect(superuser.code).toBe(1);
    expect(
      line(superuser.out, /^FOUT +De rol cter_test slaat de rijbeveiliging over \(SUPERUSER, BYPASSRLS\)/),
    ).toBeDefined();
    const backup = await check(
      variant({ store: { user: cluster.backup.user, passwordFile: cluster.backup.passwordFile } }),
    );
    expect(backup.code).toBe(1);
    expect(line(backup.out, /^FOUT +De rol cter_backup slaat de rijbeveiliging over \(BYPASSRLS\)/)).toBeDefined();
  });

  it('catches a missing extension, row security switched off, and a database not set up', async () => {
    const damaged = await freshStore({ migrated: true });
    await adminQuery('DROP EXTENSION pg_trgm CASCADE', damaged.database);
    await adminQuery('ALTER TABLE casus NO FORCE ROW LEVEL SECURITY', damaged.database);
    const result = await check(variant({ store: { database: damaged.database } }));
    expect(result.code).toBe(1);
    expect(line(result.out, /^FOUT +De extensie pg_trgm ontbreekt in de database/)).toBeDefined();
    expect(line(result.out, /^OK +De extensie unaccent is aanwezig/)).toBeDefined();
    expect(line(result.out, /^FOUT +Rijbeveiliging staat niet \(geforceerd\) aan op: casus\./)).toBeDefined();

    const empty = await freshStore();
    const unset = await check(variant({ store: { database: empty.database } }));
    expect(unset.code).toBe(1);
    expect(line(unset.out, /^FOUT +De database is nog niet ingericht/)).toBeDefined();
  });

  it('says what is missing: no server.json, no store.json, a password file others may read', async () => {
    const dir = variant({});
    rmSync(join(dir, 'server.json'));
    rmSync(join(dir, 'store.json'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(line(result.out, /^FOUT +Het bestand voor server\.json is niet te lezen/)).toBeDefined();
    expect(line(result.out, /^FOUT +De CTER-server werkt alleen met een PostgreSQL-database/)).toBeDefined();

    const passwordFile = join(tempDir(), 'wachtwoord');
    copyFileSync(join(dataDir, 'cter_app.wachtwoord'), passwordFile);
    chmodSync(passwordFile, 0o644);
    const open = await check(variant({ store: { passwordFile } }));
    expect(open.code).toBe(1);
    expect(line(open.out, /^FOUT +Het wachtwoordbestand .* is leesbaar voor anderen/)).toBeDefined();
  });
});
