// Files and prints in team mode (issue 18, "channels that use the platform's files or printer"),
// against a real CTER server on loopback (`startServer`, PostgreSQL test database) and workstations
// made as Electron's main makes them (createWorkstation), each with a recording stand-in for its
// platform: the save dialog, the PDF of the print view in its window, the printer, the open dialog.
// The server checks, validates, applies disclosure control and audits; the bytes reach the
// workstation's platform, never the server's disk. An import's file is read on the workstation and
// validated on the server as in-process (and only after the permission check: no dialog for a role
// without the right). A PDF is worded in the workstation's language. Every channel of the former
// known gap answers, none INTERNAL.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { raw, sql } from '../../src-main/core/db/sql';
import { memoryLogger } from '../../src-main/core/logger';
import type { FileKind, PdfOptions, Platform } from '../../src-main/core/platform';
import { writeTeamFile } from '../../src-main/core/team/team-file';
import { createWorkstation, type Workstation } from '../../src-main/electron/workstation';
import { MAX_BODY_BYTES } from '../../src-main/server/requests';
import { startServer, type RunningServer } from '../../src-main/server/run';
import { createTeamClient } from '../../src-main/team/client';
import { translator } from '../../src-shared/i18n/messages';
import type { Result } from '../../src-shared/ipc/errors';
import { MAX_IMPORT_BYTES } from '../../src-shared/ipc/file-transfer';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { SMALL_TEMPLATE } from './evaluation-helpers';
import { addAccount, BEHEERDER, call, makeCore, rawSql, RESOURCES_DIR, tempDir, withDatabase } from './helpers';
import { freePort, HOST, makeCertificate, opensslFingerprint, serverDataDir } from './server-fixture';

/** What a PDF of the print view looks like here: Chromium's would be longer, not otherwise different. */
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

/** The workstation's platform, recording what it is asked; its save dialog names the file `gekozen-…`. */
function recordingPlatform() {
  const state = {
    accept: true,
    chosen: null as string | null,
    saved: [] as { name: string; bytes: Buffer; kind: FileKind }[],
    rendered: [] as PdfOptions[],
    printed: [] as PdfOptions[],
    opened: [] as FileKind[],
  };
  const platform: Platform = {
    print: {
      pdf: async (options) => {
        state.rendered.push(options);
        return new TextEncoder().encode(PDF);
      },
      print: async (options) => {
        state.printed.push(options);
        return state.accept;
      },
    },
    files: {
      saveAs: async (name, bytes, kind) => {
        if (!state.accept) return { saved: false };
        state.saved.push({ name, bytes: Buffer.from(bytes), kind });
        return { saved: true, fileName: `gekozen-${name}` };
      },
      chooseSaveLocation: async () => null,
      chooseFile: async (kind) => {
        state.opened.push(kind);
        return state.chosen;
      },
      chooseFolder: async () => null,
    },
  };
  return { platform, state };
}

let store: PostgresStore;
let admin: Core;
let serverDir: string;
let port: number;
let fingerprint: string;
let running: RunningServer | null = null;
let regie: { username: string; password: string };
let gemeente: number;
const workstations: Workstation[] = [];
const cores: Core[] = [];

/** A workstation in team mode with a recording platform, logged in as `account`. */
async function workstation(account: { username: string; password: string }) {
  const dataDir = tempDir('cter-werkplek-');
  writeTeamFile(dataDir, { host: HOST, port, fingerprint });
  const { platform, state } = recordingPlatform();
  const ws = createWorkstation({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger: memoryLogger(),
    idleCheckMs: 0,
    platform,
    team: { timeouts: { connectMs: 2_000 }, workstation: 'Werkplek bestanden', events: false },
  });
  workstations.push(ws);
  await call(ws, 'session:login', { username: account.username, password: account.password });
  return { ws, state };
}

/** The same channel in-process: a desktop core on the same database, with its own recording platform. */
async function inProcess(account: { username: string; password: string }) {
  const { platform, state } = recordingPlatform();
  const { core } = makeCore(tempDir(), { store, clock: systemClock, platform });
  cores.push(core);
  await call(core, 'session:login', { username: account.username, password: account.password });
  return { core, state };
}

/** The newest audit entry of `action` on the server's database. */
async function lastEntry(action: string) {
  const [row] = await rawSql<{ result: string; details: string | null; actor_name: string }>(
    admin,
    sql`SELECT result, details, actor_name FROM audit_entry WHERE action = ${action} ORDER BY id DESC LIMIT 1`,
  );
  return { ...row!, details: row?.details ? (JSON.parse(row.details) as Record<string, unknown>) : null };
}

const countOf = async (table: 'convenant_version' | 'audit_entry') =>
  Number((await rawSql<{ n: number }>(admin, sql`SELECT count(*) AS n FROM ${raw(table)}`))[0]!.n);

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const failureOf = (result: Result<unknown>) => (result.ok ? null : result.error);

function registerIn(naam: string) {
  return {
    person: { nieuw: { naam, roepnaam: 'Sam', geboortedatum: '2008-03-01', gemeenteId: gemeente } },
    signal: {
      melderPartner: 'onderwijs',
      ontvangen: '2026-10-01',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'rechts_extremistisch',
      ernst: 'matig',
      bron: 'omgeving',
    },
  };
}

beforeAll(async () => {
  store = await createTestDatabase();
  admin = makeCore(tempDir(), { store, clock: systemClock }).core;
  await withDatabase(admin);
  regie = await addAccount(admin, { username: 'regie', roles: ['procesregisseur'], regionIds: [1] });
  gemeente = (await rawSql<{ id: number }>(admin, sql`SELECT min(id) AS id FROM gemeente WHERE region_id = 1`))[0]!.id;
  await call(admin, 'session:logout');
  await admin.server.open();
  const certificate = makeCertificate(tempDir('cter-tls-'));
  fingerprint = opensslFingerprint(certificate.certificateFile);
  port = await freePort();
  serverDir = serverDataDir(store, port, certificate);
  running = await startServer({
    dataDir: serverDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger: memoryLogger(),
  });
});

afterAll(async () => {
  for (const ws of workstations) await ws.close().catch(() => {});
  for (const core of cores) await core.close().catch(() => {});
  await running?.stop();
  await admin?.close();
  if (store) await dropTestDatabase(store);
});

describe('print:view in team mode', () => {
  it('checks access on the server, makes the PDF of the print view on the workstation and saves it there', async () => {
    const { ws, state } = await workstation(regie);
    const casus = await call<RegisteredSignal>(ws, 'signals:register', registerIn('Print Persoon (fictief)'));
    const before = filesUnder(serverDir).sort();
    const print = (target: 'pdf' | 'printer', id = casus.caseId) =>
      ws.dispatch('print:view', {
        document: 'casus',
        title: 'Casusoverzicht test',
        reason: 'Voor het casusoverleg (fictief)',
        target,
        subject: { type: 'casus', id },
      });

    expect(await print('pdf')).toEqual({
      ok: true,
      value: { done: true, fileName: 'gekozen-casusoverzicht-test.pdf' },
    });
    expect(state.rendered).toHaveLength(1);
    expect(state.rendered[0]!.headerText).toBe('Vertrouwelijk — Casusoverzicht test');
    expect(state.rendered[0]!.pageLabel).toMatch(/\{\{page\}\}.*\{\{total\}\}/);
    expect(state.saved).toHaveLength(1);
    expect(state.saved[0]).toMatchObject({ name: 'casusoverzicht-test.pdf', kind: 'pdf' });
    expect(state.saved[0]!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const entry = await lastEntry('print:view');
    expect(entry).toMatchObject({ result: 'ok', actor_name: 'regie' });
    expect(entry.details).toMatchObject({
      document: 'casus',
      target: 'pdf',
      werkplek: 'Werkplek bestanden',
      naarWerkplek: 'casusoverzicht-test.pdf',
    });

    // To the printer: the workstation's print dialog; its answer is the call's.
    expect(await print('printer')).toEqual({ ok: true, value: { done: true, fileName: null } });
    expect(state.printed).toHaveLength(1);
    expect((await lastEntry('print:view')).details).toMatchObject({ target: 'printer', naarWerkplek: 'afdruk' });

    // Cancelled on the workstation: as in-process.
    state.accept = false;
    expect(await print('pdf')).toEqual({ ok: true, value: { done: false, fileName: null } });
    state.accept = true;

    // A casus the user may not see: refused on the server, nothing reaches the workstation.
    const rendered = state.rendered.length;
    expect(failureOf(await print('pdf', 999_999))?.code).toBe('NOT_FOUND');
    expect(state.rendered).toHaveLength(rendered);
    expect((await lastEntry('print:view')).result).toBe('NOT_FOUND');
    // Nothing was written to the server's data folder.
    expect(filesUnder(serverDir).sort()).toEqual(before);
  });

  it('words the PDF’s header and page label in the workstation’s language, not the server’s', async () => {
    const { ws, state } = await workstation(regie);
    const casus = await call<RegisteredSignal>(ws, 'signals:register', registerIn('Engelse Print (fictief)'));
    // The server's preferences are Dutch (the default); this workstation's UI is English.
    await call(ws, 'app:set-locale', { locale: 'en' });
    const en = translator('en');
    const print = { document: 'casus', title: 'Case overview', reason: 'For the case meeting (fictitious)' };
    expect(
      await call(ws, 'print:view', { ...print, target: 'pdf', subject: { type: 'casus', id: casus.caseId } }),
    ).toMatchObject({ done: true });
    expect(state.rendered.at(-1)).toMatchObject({
      headerText: `${en('print.confidential')} — Case overview`,
      pageLabel: en('print.pageOf', { page: '{{page}}', total: '{{total}}' }),
    });
    expect(en('print.confidential')).not.toBe(translator('nl')('print.confidential'));
    // Back in Dutch: the next print is Dutch again.
    await call(ws, 'app:set-locale', { locale: 'nl' });
    await call(ws, 'print:view', { ...print, target: 'printer', subject: { type: 'casus', id: casus.caseId } });
    expect(state.printed.at(-1)!.headerText).toBe('Vertrouwelijk — Case overview');

    // A language the UI does not have: refused by the transport, nothing printed.
    const client = createTeamClient({ host: HOST, port, fingerprint });
    const login = await client.post('/login', {
      username: regie.username,
      password: regie.password,
      workstation: 'Eigen programma',
    });
    const token = (login as { value: { token: string } }).value.token;
    const request = { channel: 'print:view', input: { ...print, target: 'pdf' }, locale: 'fr' };
    const refused = await client.exchange('/rpc', request, token);
    expect(refused.status).toBe(400);
    expect(failureOf(refused.body)?.code).toBe('TRANSPORT');
    const worded = await client.post('/rpc', { ...request, locale: 'en' }, token);
    expect(worded).toMatchObject({
      ok: true,
      deliveries: [{ type: 'pdf', layout: { headerText: `${en('print.confidential')} — Case overview` } }],
    });
    await client.post('/logout', {}, token);
  });
});

describe('an export in team mode', () => {
  it('saves on the workstation what the in-process export saves, disclosure control applied', async () => {
    const { ws, state } = await workstation(regie);
    await call(ws, 'signals:register', registerIn('Cijfers Persoon (fictief)'));
    const input = { fromYear: 2026, toYear: 2026, format: 'csv', reason: 'Jaarcijfers voor de stuurgroep (fictief)' };

    expect(await call(ws, 'figures:export', input)).toEqual({
      saved: true,
      fileName: 'gekozen-cter-cijfers-2026-2026.csv',
    });
    const entry = await lastEntry('figures:export');
    expect(entry).toMatchObject({ result: 'ok', actor_name: 'regie' });
    expect(entry.details).toMatchObject({
      van: 2026,
      tot: 2026,
      formaat: 'csv',
      werkplek: 'Werkplek bestanden',
      naarWerkplek: 'cter-cijfers-2026-2026.csv',
    });

    // The same export in-process, on the same database.
    const local = await inProcess(regie);
    expect(await call(local.core, 'figures:export', input)).toEqual({
      saved: true,
      fileName: 'gekozen-cter-cijfers-2026-2026.csv',
    });
    expect(state.saved).toHaveLength(1);
    expect(state.saved[0]!.kind).toBe('csv');
    expect(state.saved[0]!.bytes.equals(local.state.saved[0]!.bytes)).toBe(true);
    // The few signals of this database are counts below 5: published as "<5", never as the count.
    const text = state.saved[0]!.bytes.toString('utf8');
    expect(text).toContain('<5');
    expect(text).not.toMatch(/;1;|;2;/);
  });
});

describe('an import in team mode', () => {
  const example = () => readFileSync(join(RESOURCES_DIR, 'convenant', 'voorbeeld-convenant.md'), 'utf8');

  it('reads the file on the workstation and validates it on the server as in-process', async () => {
    const { ws, state } = await workstation(BEHEERDER);
    const dir = tempDir('cter-import-');
    const good = join(dir, 'convenant-2.md');
    writeFileSync(good, example().replace(/^versie: 1\.0$/m, 'versie: 2.0'));
    const bad = join(dir, 'kapot.md');
    writeFileSync(bad, 'Dit is geen convenant (fictief).\n');

    // Cancelled: nothing sent but the call, nothing imported.
    expect(await call(ws, 'convenant:import')).toEqual({ imported: false, version: null });
    expect(state.opened).toEqual(['markdown']);

    const versions = await countOf('convenant_version');
    state.chosen = bad;
    const refused = failureOf(await ws.dispatch('convenant:import', {}));
    expect(refused?.code).toBe('CONVENANT_INVALID');
    // The same Dutch message as in-process, for the same file.
    const local = await inProcess(BEHEERDER);
    local.state.chosen = bad;
    expect(failureOf(await local.core.dispatch('convenant:import', {}))).toEqual(refused);
    expect(refused?.message).toMatch(/convenant/i);
    expect(await countOf('convenant_version')).toBe(versions);

    state.chosen = good;
    const imported = await call<{ imported: boolean; version: { versie: string } }>(ws, 'convenant:import');
    expect(imported).toMatchObject({ imported: true, version: { versie: '2.0' } });
    expect(await countOf('convenant_version')).toBe(versions + 1);
    const entry = await lastEntry('convenant:import');
    expect(entry).toMatchObject({ result: 'ok', actor_name: BEHEERDER.username });
    expect(entry.details).toMatchObject({ versie: '2.0', werkplek: 'Werkplek bestanden' });
    expect(entry.details).not.toHaveProperty('naarWerkplek');
  });

  it('checks the permission before the open dialog: a role without it picks no file and is refused', async () => {
    const { ws, state } = await workstation(regie);
    state.chosen = join(tempDir('cter-import-'), 'niet-gekozen.md');
    const versions = await countOf('convenant_version');
    const refused = failureOf(await ws.dispatch('convenant:import', {}));
    expect(refused?.code).toBe('FORBIDDEN');
    expect(state.opened).toEqual([]);
    // Refused by the server, and audited there, as in-process (where the router refuses before any dialog).
    expect(await lastEntry('convenant:import')).toMatchObject({ result: 'FORBIDDEN', actor_name: 'regie' });
    const local = await inProcess(regie);
    expect(failureOf(await local.core.dispatch('convenant:import', {}))).toEqual(refused);
    expect(local.state.opened).toEqual([]);
    expect(await countOf('convenant_version')).toBe(versions);
  });

  it('refuses a file that is too large, on the workstation and on the server, and changes nothing', async () => {
    const { ws, state } = await workstation(BEHEERDER);
    const large = join(tempDir('cter-import-'), 'groot.md');
    writeFileSync(large, `${example()}\n${'x'.repeat(MAX_IMPORT_BYTES)}\n`);
    const versions = await countOf('convenant_version');
    const entries = await countOf('audit_entry');

    state.chosen = large;
    expect(failureOf(await ws.dispatch('convenant:import', {}))?.code).toBe('FILE_TOO_LARGE');
    // Refused before a request: no audit entry on the server.
    expect(await countOf('audit_entry')).toBe(entries);
    // In-process the same file is refused with the same code.
    const local = await inProcess(BEHEERDER);
    local.state.chosen = large;
    expect(failureOf(await local.core.dispatch('convenant:import', {}))?.code).toBe('FILE_TOO_LARGE');

    // A client that sends it anyway: the server refuses it (audited), and one beyond the body limit at once.
    const client = createTeamClient({ host: HOST, port, fingerprint });
    const login = await client.post('/login', {
      username: BEHEERDER.username,
      password: BEHEERDER.password,
      workstation: 'Eigen programma',
    });
    const token = (login as { value: { token: string } }).value.token;
    const send = (data: string, channel = 'convenant:import') =>
      client.post('/rpc', { channel, input: {}, upload: { data } }, token, randomUUID());
    const over = Buffer.alloc(MAX_IMPORT_BYTES + 1, 'x').toString('base64');
    expect(failureOf(await send(over))?.code).toBe('FILE_TOO_LARGE');
    expect(await lastEntry('convenant:import')).toMatchObject({ result: 'FILE_TOO_LARGE' });
    const huge = Buffer.alloc(MAX_BODY_BYTES, 'x').toString('base64');
    expect(failureOf(await send(huge))?.code).toBe('TRANSPORT');
    // An upload with a channel that reads no file, or one that is no base64: refused by the transport.
    expect(failureOf(await send('eA==', 'convenant:versions'))?.code).toBe('TRANSPORT');
    expect(failureOf(await send('geen base64!'))?.code).toBe('TRANSPORT');
    expect(await countOf('convenant_version')).toBe(versions);
    await client.post('/logout', {}, token);
  });
});

describe('every channel of the former known gap', () => {
  it('answers in team mode, none INTERNAL', async () => {
    const beheer = await workstation(BEHEERDER);
    const regisseur = await workstation(regie);
    const casus = await call<RegisteredSignal>(regisseur.ws, 'signals:register', registerIn('Tabel Persoon (fictief)'));
    const template = (
      await call<{ template: { id: number } }>(regisseur.ws, 'evaluations:save-template', {
        template: { ...SMALL_TEMPLATE, sleutel: 'team-tabel' },
      })
    ).template;
    const round = await call<{ id: number }>(regisseur.ws, 'evaluations:save-round', {
      titel: 'Evaluatie team (fictief)',
      templateId: template.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      anonymity: 'anoniem-dag',
      targetGroups: [{ partner: 'gemeente', invited: 10 }],
    });
    const versions = await call<{ id: number }[]>(beheer.ws, 'convenant:versions');
    const templateFile = join(tempDir('cter-import-'), 'vragenlijst.json');
    writeFileSync(templateFile, JSON.stringify({ ...SMALL_TEMPLATE, sleutel: 'team-import' }));
    const reason = 'Voorbeeld — fictieve reden';

    const table: [Workstation, ReturnType<typeof recordingPlatform>['state'], string, unknown, number][] = [
      [regisseur.ws, regisseur.state, 'print:view', { document: 'lijst', title: 'Lijst', reason, target: 'pdf' }, 1],
      [beheer.ws, beheer.state, 'audit:export', { filter: {}, reason }, 1],
      [regisseur.ws, regisseur.state, 'figures:export', { fromYear: 2026, toYear: 2026, format: 'xlsx', reason }, 1],
      [regisseur.ws, regisseur.state, 'mentoring:export', { fromYear: 2026, toYear: 2026, format: 'csv', reason }, 2],
      [
        regisseur.ws,
        regisseur.state,
        'rights:inzage-export',
        { personId: casus.personId, excludeThirdParties: true, reason },
        1,
      ],
      [beheer.ws, beheer.state, 'convenant:import', {}, 0],
      [beheer.ws, beheer.state, 'convenant:export', { versionId: versions[0]!.id }, 1],
      [regisseur.ws, regisseur.state, 'evaluations:import-template', {}, 0],
      [regisseur.ws, regisseur.state, 'evaluations:export-template', { id: template.id }, 1],
      [regisseur.ws, regisseur.state, 'evaluations:export', { roundId: round.id, format: 'csv', reason }, 1],
    ];
    regisseur.state.chosen = templateFile;
    for (const [ws, state, channel, input, files] of table) {
      const saved = state.saved.length;
      const result = await ws.dispatch(channel, input);
      expect({ channel, code: failureOf(result)?.code ?? 'ok' }).toEqual({ channel, code: 'ok' });
      expect({ channel, saved: state.saved.length - saved }).toEqual({ channel, saved: files });
      const value = (result as { value: Record<string, unknown> }).value;
      // The answer names what the workstation's dialog chose, as in-process.
      for (const [key, field] of Object.entries(value)) if (/filename$/i.test(key)) expect(field).toMatch(/^gekozen-/);
    }
    expect(await call<{ sleutel: string }[]>(regisseur.ws, 'evaluations:templates')).toEqual(
      expect.arrayContaining([expect.objectContaining({ sleutel: 'team-import' })]),
    );
    // mentoring's CSV: the data file and its codebook, in that order.
    expect(regisseur.state.saved.map((file) => file.name)).toEqual(
      expect.arrayContaining(['cter-mentortrajecten-2026-2026.csv', 'cter-mentortrajecten-2026-2026-codeboek.csv']),
    );
  });
});
