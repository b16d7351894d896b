// The workstation's hand-over of files and prints (team mode): the answer settled as in-process,
// the series ended by a cancelled dialog, failures as codes, deliveries a server must not send
// refused, and an import's file read with its size limit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/ipc/errors';
import { MAX_IMPORT_BYTES, type Delivery } from '../../src-shared/ipc/file-transfer';
import type { TeamClient } from './client';
import { chooseUpload, receive, settle, type WorkstationPlatform } from './hand-over';
import { createRemoteBridge } from './remote-bridge';

const SERVER = { host: 'cter.zvh.local', port: 8443, fingerprint: 'AB:'.repeat(31) + 'AB' };

const layout = { headerText: 'Vertrouwelijk — Lijst', pageLabel: 'Pagina {{page}} van {{total}}' };

function platform(answers: boolean[] = [], chosen: string | null = null) {
  const saved: { name: string; text: string; kind: string }[] = [];
  const made: WorkstationPlatform = {
    print: {
      pdf: async () => new TextEncoder().encode('%PDF-1.4'),
      print: async () => answers.shift() ?? true,
    },
    files: {
      saveAs: async (name, bytes, kind) => {
        if (!(answers.shift() ?? true)) return { saved: false };
        saved.push({ name, text: Buffer.from(bytes).toString('utf8'), kind });
        return { saved: true, fileName: `mijn-${name}` };
      },
      chooseFile: async () => chosen,
    },
  };
  return { made, saved };
}

const file = (name: string, text: string): Delivery => ({
  type: 'file',
  name,
  kind: 'csv',
  data: Buffer.from(text).toString('base64'),
});

describe('receive', () => {
  it('saves each file here and answers with the names the user chose', async () => {
    const { made, saved } = platform();
    const value = { saved: true, fileName: 'data.csv', codebookFileName: 'data-codeboek.csv', count: 3 };
    const result = await receive(made, [file('data.csv', 'a;b'), file('data-codeboek.csv', 'c')], value);
    expect(result).toEqual({
      ok: true,
      value: { saved: true, fileName: 'mijn-data.csv', codebookFileName: 'mijn-data-codeboek.csv', count: 3 },
    });
    expect(saved).toEqual([
      { name: 'data.csv', text: 'a;b', kind: 'csv' },
      { name: 'data-codeboek.csv', text: 'c', kind: 'csv' },
    ]);
  });

  it('stops at a cancelled dialog, as the handler does in-process', async () => {
    const { made, saved } = platform([false]);
    const value = { saved: true, fileName: 'data.csv', codebookFileName: 'data-codeboek.csv' };
    expect(await receive(made, [file('data.csv', 'a'), file('data-codeboek.csv', 'c')], value)).toEqual({
      ok: true,
      value: { saved: false, fileName: null, codebookFileName: null },
    });
    expect(saved).toEqual([]);
  });

  it('makes the PDF of the print view here, or prints it', async () => {
    const { made, saved } = platform([true, false]);
    expect(
      await receive(made, [{ type: 'pdf', name: 'lijst.pdf', layout }], { done: true, fileName: 'lijst.pdf' }),
    ).toEqual({ ok: true, value: { done: true, fileName: 'mijn-lijst.pdf' } });
    expect(saved).toEqual([{ name: 'lijst.pdf', text: '%PDF-1.4', kind: 'pdf' }]);
    expect(await receive(made, [{ type: 'print', layout }], { done: true, fileName: null })).toEqual({
      ok: true,
      value: { done: false, fileName: null },
    });
  });

  it('answers FILE_FAILED / PRINT_FAILED when this side fails', async () => {
    const { made } = platform();
    made.files.saveAs = async () => Promise.reject(new Error('disk full'));
    expect(await receive(made, [file('a.csv', 'a')], { saved: true, fileName: 'a.csv' })).toEqual({
      ok: false,
      code: 'FILE_FAILED',
    });
    made.print.print = async () => Promise.reject(new Error('no printer'));
    expect(await receive(made, [{ type: 'print', layout }], { done: true, fileName: null })).toEqual({
      ok: false,
      code: 'PRINT_FAILED',
    });
  });

  it('refuses what a CTER server does not send: a path, an unknown kind, no base64', async () => {
    const { made, saved } = platform();
    for (const bad of [
      [file('../../.bashrc', 'x')],
      [file('map/bestand.csv', 'x')],
      [{ ...file('a.csv', 'x'), kind: 'backup' }],
      [{ ...file('a.csv', 'x'), data: 'geen base64!' }],
      [{ type: 'script', name: 'a.sh' }],
      'geen lijst',
    ])
      expect(await receive(made, bad, { saved: true, fileName: 'a.csv' })).toEqual({ ok: false, code: 'INTERNAL' });
    expect(saved).toEqual([]);
  });
});

describe('settle', () => {
  it('leaves what names no delivered file alone', () => {
    const done = [{ suggested: 'a.csv', saved: true, fileName: 'b.csv' }];
    expect(settle({ saved: true, fileName: 'other.csv', title: 'a.csv' }, done)).toEqual({
      saved: true,
      fileName: 'other.csv',
      title: 'a.csv',
    });
    expect(settle(null, done)).toBeNull();
  });
});

describe('chooseUpload', () => {
  it('reads the chosen file as base64; none chosen is null; too large is refused before reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-upload-'));
    const small = join(dir, 'klein.md');
    writeFileSync(small, 'versie: 1.0\n');
    expect(await chooseUpload(platform([], small).made, 'markdown')).toEqual({
      ok: true,
      value: { data: Buffer.from('versie: 1.0\n').toString('base64') },
    });
    expect(await chooseUpload(platform([], null).made, 'markdown')).toEqual({ ok: true, value: null });
    const large = join(dir, 'groot.md');
    writeFileSync(large, Buffer.alloc(MAX_IMPORT_BYTES + 1, 'x'));
    expect(await chooseUpload(platform([], large).made, 'markdown')).toEqual({ ok: false, code: 'FILE_TOO_LARGE' });
    expect(await chooseUpload(platform([], join(dir, 'weg.md')).made, 'markdown')).toEqual({
      ok: false,
      code: 'FILE_FAILED',
    });
  });
});

/** A stand-in server whose log-in gives a user with `roles`; it records the bodies it is sent. */
function fakeClient(roles: string[] = ['beheerder']) {
  const bodies: unknown[] = [];
  const user = { id: 1, username: 'a', displayName: 'A', roles, mustChangePassword: false };
  const post: TeamClient['post'] = async (path, body) => {
    bodies.push(body);
    if (path === '/login') return { ok: true, value: { token: 'T'.repeat(43), user } };
    if ((body as { channel: string }).channel === 'figures:export')
      return {
        ok: true,
        value: { saved: true, fileName: 'cijfers.csv' },
        deliveries: [file('cijfers.csv', 'a;b')],
      } as Result<unknown>;
    return { ok: true, value: { imported: true, version: null } };
  };
  const client: TeamClient = {
    server: SERVER,
    post,
    exchange: async (...args) => ({ status: 200, body: await post(...args) }),
    hello: async () => {},
    events: () => ({ ended: new Promise(() => {}), close: () => {} }),
  };
  return { client, bodies };
}

describe('through the remote bridge', () => {
  it('sends an import’s bytes as upload, and gives the renderer the settled answer without the deliveries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-upload-'));
    const chosen = join(dir, 'convenant.md');
    writeFileSync(chosen, 'versie: 2.0\n');
    const { client, bodies } = fakeClient();
    const { made, saved } = platform([], chosen);
    const bridge = createRemoteBridge({
      server: SERVER,
      client,
      local: async () => ({ ok: true, value: {} }),
      platform: made,
      events: false,
      logger: { warn: () => {}, error: () => {} },
    });
    await bridge.dispatch('session:login', { username: 'a', password: 'b' });
    expect(await bridge.dispatch('figures:export', {})).toEqual({
      ok: true,
      value: { saved: true, fileName: 'mijn-cijfers.csv' },
    });
    expect(saved).toEqual([{ name: 'cijfers.csv', text: 'a;b', kind: 'csv' }]);
    await bridge.dispatch('convenant:import', {});
    expect(bodies.at(-1)).toEqual({
      channel: 'convenant:import',
      input: {},
      upload: { data: Buffer.from('versie: 2.0\n').toString('base64') },
    });
    // Without the workstation's platform nothing can be saved or read: said, not pretended.
    const bare = createRemoteBridge({
      server: SERVER,
      client,
      local: async () => ({ ok: true, value: {} }),
      events: false,
      logger: { warn: () => {}, error: () => {} },
    });
    await bare.dispatch('session:login', { username: 'a', password: 'b' });
    expect(await bare.dispatch('figures:export', {})).toMatchObject({ ok: false, error: { code: 'FILE_FAILED' } });
    expect(await bare.dispatch('convenant:import', {})).toMatchObject({ ok: false, error: { code: 'FILE_FAILED' } });
  });

  it('opens no file dialog when the user’s roles do not allow the import: the call goes without a file', async () => {
    const { client, bodies } = fakeClient(['procesregisseur']);
    const opened: string[] = [];
    const { made } = platform([], '/niet/gekozen.md');
    made.files.chooseFile = async (kind) => {
      opened.push(kind);
      return null;
    };
    const bridge = createRemoteBridge({
      server: SERVER,
      client,
      local: async () => ({ ok: true, value: {} }),
      platform: made,
      events: false,
      logger: { warn: () => {}, error: () => {} },
    });
    await bridge.dispatch('session:login', { username: 'a', password: 'b' });
    await bridge.dispatch('convenant:import', {});
    // The server refuses it (FORBIDDEN, audited there); here nobody was asked for a file.
    expect(opened).toEqual([]);
    expect(bodies.at(-1)).toEqual({ channel: 'convenant:import', input: {} });
    // A role that may: the dialog first, as before.
    await bridge.dispatch('evaluations:import-template', {});
    expect(opened).toEqual(['json']);
  });
});
