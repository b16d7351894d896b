// Several houses (ZVHs) on one CTER server (issue 18 point 7), across the wire: a procesregisseur
// of ZVH Noord, one of ZVH Zuid and the provincial coordinator work at once against one server
// over HTTPS. Need-to-know holds between the houses (Noord cannot open Zuid's casus), each
// dashboard counts its own house, and the coordinator gets no exact counts and no casus, only the
// published (disclosure-controlled) province figures. PostgreSQL only, on a store of its own; in
// the `sqlcipher` project like the other server tests (tests/vitest.config.mts says why).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createCterServer, type CterServer } from '../../src-main/server/https-server';
import { PRIMARY } from '../../src-shared/domain/disclosure';
import type { Dashboard, PublishedFigures } from '../../src-shared/ipc/figures';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { addAccount, call, makeCore, tempDir, withDatabase } from './helpers';
import { ask, HOST, login, makeCertificate } from './server-client';

type Account = { username: string; password: string };
let store: PostgresStore;
let core: Core;
let server: CterServer;
let port: number;
let certificate: Buffer;
let noord: Account;
let zuid: Account;
let coordinator: Account;

beforeAll(async () => {
  store = await createTestDatabase();
  core = makeCore(tempDir(), { store, clock: systemClock }).core;
  await withDatabase(core);
  noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  zuid = await addAccount(core, { username: 'zuid', roles: ['procesregisseur'], regionIds: [3] });
  coordinator = await addAccount(core, { username: 'provincie', roles: ['coordinator'], regionIds: [] });
  await call(core, 'session:logout');
  const files = makeCertificate(tempDir('cter-tls-'));
  certificate = readFileSync(files.certificateFile);
  server = createCterServer(core, makeCore().logger, { certificate, key: readFileSync(files.keyFile) });
  port = (await server.listen(HOST, 0)).port;
});

afterAll(async () => {
  await server?.close();
  await core?.close();
  if (store) await dropTestDatabase(store);
});

async function answer(token: string, channel: string, input: unknown = {}) {
  return (await ask('/rpc', { channel, input }, { port, ca: certificate, token, key: randomUUID() })).body;
}

async function rpc<T>(token: string, channel: string, input: unknown = {}): Promise<T> {
  const body = await answer(token, channel, input);
  if (!body.ok) throw new Error(`${channel}: ${body.error?.code}`);
  return body.value as T;
}

const codeOf = async (token: string, channel: string, input: unknown = {}) => {
  const body = await answer(token, channel, input);
  return body.ok ? 'ok' : body.error!.code;
};

/** A signal in the given municipality (1: Aldervoort in Noord, 24: Akkerveld in Zuid). */
const signalIn = (gemeenteId: number, naam: string) => ({
  person: { nieuw: { naam, geboortedatum: '2006-05-01', gemeenteId } },
  signal: {
    melderPartner: 'politie',
    ontvangen: '2026-03-10',
    omschrijving: 'Voorbeeld — fictief signaal.',
    ideologie: 'jihadistisch',
    ernst: 'ernstig',
    bron: 'online',
  },
});

const signals = (dashboard: Dashboard) => dashboard.years.reduce((sum, y) => sum + y.signals, 0);
const year = { fromYear: 2026, toYear: 2026 };

describe('several houses on one server', () => {
  it('keeps each house to its own cases and figures; the coordinator gets only the published province', async () => {
    const [a, b, c] = await Promise.all([
      login(noord, { port, ca: certificate }),
      login(zuid, { port, ca: certificate }),
      login(coordinator, { port, ca: certificate }),
    ]);
    // Both houses register at once: Noord six signals, Zuid two.
    const inNoord: RegisteredSignal[] = [];
    const inZuid: RegisteredSignal[] = [];
    await Promise.all([
      (async () => {
        for (let i = 0; i < 6; i++)
          inNoord.push(await rpc<RegisteredSignal>(a, 'signals:register', signalIn(1, `Noord ${i} (fictief)`)));
      })(),
      (async () => {
        for (let i = 0; i < 2; i++)
          inZuid.push(await rpc<RegisteredSignal>(b, 'signals:register', signalIn(24, `Zuid ${i} (fictief)`)));
      })(),
    ]);

    const [noordOpensZuid, zuidOpensNoord, noordOpensOwn, coordinatorOpens, coordinatorSearches] = await Promise.all([
      codeOf(a, 'cases:get', { id: inZuid[0]!.caseId }),
      codeOf(b, 'cases:get', { id: inNoord[0]!.caseId }),
      codeOf(a, 'cases:get', { id: inNoord[0]!.caseId }),
      codeOf(c, 'cases:get', { id: inNoord[0]!.caseId }),
      codeOf(c, 'search:query', {}),
    ]);
    expect([noordOpensZuid, zuidOpensNoord, noordOpensOwn]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'ok']);
    expect([coordinatorOpens, coordinatorSearches]).toEqual(['FORBIDDEN', 'FORBIDDEN']);

    // Each dashboard is its own house; another house's region is refused.
    const [noordFigures, zuidFigures, noordAsksZuid, coordinatorDashboard] = await Promise.all([
      rpc<Dashboard>(a, 'figures:dashboard', year),
      rpc<Dashboard>(b, 'figures:dashboard', year),
      codeOf(a, 'figures:dashboard', { ...year, regionId: 3 }),
      codeOf(c, 'figures:dashboard', year),
    ]);
    expect(signals(noordFigures)).toBe(6);
    expect(noordFigures.perRegion.map((r) => r.name)).toEqual(['ZVH Noord (voorbeeld)']);
    expect(signals(zuidFigures)).toBe(2);
    expect(zuidFigures.perRegion.map((r) => r.name)).toEqual(['ZVH Zuid (voorbeeld)']);
    expect(noordAsksZuid).toBe('INVALID_INPUT');
    expect(coordinatorDashboard).toBe('FORBIDDEN');

    // The coordinator: the province, published. Zuid's two signals are "<5", never 2.
    const province = await rpc<PublishedFigures>(c, 'figures:published', year);
    // Akkerveld's row: "<5" on its own, or merged with another municipality (then the row's count
    // is theirs together); either way its 2 is nowhere.
    const row = province.gemeenten.rows.findIndex((name) => name.split(' / ').includes('Akkerveld'));
    expect(row).toBeGreaterThanOrEqual(0);
    if (province.gemeenten.rows[row] === 'Akkerveld') expect(province.gemeenten.cells[row]).toBe(PRIMARY);
    else expect(province.gemeenten.rows[row]).toContain(' / ');
    expect(province.gemeenten.cells).not.toContain(2);
    // The total with Aldervoort's 6 beside it would give Akkerveld away: they are never both shown.
    expect(province.gemeenten.total === 8 && province.gemeenten.cells.includes(6)).toBe(false);
    expect(JSON.stringify(province)).not.toContain('"signals"');
    expect(await codeOf(c, 'figures:published', { ...year, regionId: 3 })).toBe('INVALID_INPUT');
  });
});
