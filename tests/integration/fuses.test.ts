// The afterPack hook (build/after-pack.mjs) against a synthetic Electron binary: the fuse sentinel
// and wire exactly as Electron writes them (what @electron/fuses looks for), so the flipping code
// runs here without an Electron zip. The fuses are read back with @electron/fuses itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

interface Hook {
  afterPack(context: unknown): Promise<void>;
  flipCterFuses(file: string): Promise<number>;
  wrongCterFuses(file: string): Promise<string[]>;
}
const hook = (): Promise<Hook> => import(join(__dirname, '../../build/after-pack.mjs')) as Promise<Hook>;

/** Electron's fuse sentinel (electron/build/fuses/fuses.py): the wire follows right after it. */
const ELECTRON_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 0x31; // '1'
const OFF = 0x30; // '0'
/** The wire as Electron 45 ships it: version 1, nine fuses, in FuseV1Options order. */
const SHIPPED = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];

function fakeElectron(file: string, copies = 1): void {
  const wire = Buffer.from([1, SHIPPED.length, ...SHIPPED]);
  const part = Buffer.concat([Buffer.alloc(4096, 0xcc), Buffer.from(ELECTRON_SENTINEL, 'ascii'), wire]);
  writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF'), ...Array<Buffer>(copies).fill(part), Buffer.alloc(512)]));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cter-fuses-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the fuse hook', () => {
  it('uses the sentinel Electron writes', () => {
    expect(SENTINEL).toBe(ELECTRON_SENTINEL);
  });

  it('flips every fuse the security model names, and leaves the others as shipped', async () => {
    const file = join(dir, 'cter-werkplaats');
    fakeElectron(file);
    const before = readFileSync(file);
    await (await hook()).flipCterFuses(file);

    const wire = await getCurrentFuseWire(file);
    expect(wire.version).toBe('1');
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Not ours to decide: as shipped.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF);
    expect((wire as Record<number, number>)[8]).toBe(ON);
    // Only wire bytes changed; the rest of the binary is untouched.
    const after = readFileSync(file);
    expect(after.length).toBe(before.length);
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    const wireStart = before.indexOf(ELECTRON_SENTINEL) + ELECTRON_SENTINEL.length + 2;
    expect(changed.every((i) => i >= wireStart && i < wireStart + SHIPPED.length)).toBe(true);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('flips both wires of a binary that carries two (a universal build)', async () => {
    const file = join(dir, 'universal');
    fakeElectron(file, 2);
    expect(await (await hook()).flipCterFuses(file)).toBe(2);
    const bytes = readFileSync(file);
    const second = bytes.lastIndexOf(ELECTRON_SENTINEL) + ELECTRON_SENTINEL.length + 2;
    expect(bytes[second + FuseV1Options.RunAsNode]).toBe(OFF);
    expect(bytes[second + FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
  });

  it('finds the executable electron-builder packed, per platform', async () => {
    const { afterPack } = await hook();
    const packager = { appInfo: { productFilename: 'CTER Werkplaats' }, executableName: 'cter-werkplaats' };
    fakeElectron(join(dir, 'cter-werkplaats'));
    fakeElectron(join(dir, 'CTER Werkplaats.exe'));
    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', packager });
    await afterPack({ appOutDir: dir, electronPlatformName: 'win32', packager });
    for (const name of ['cter-werkplaats', 'CTER Werkplaats.exe']) {
      const wire = await getCurrentFuseWire(join(dir, name));
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    }
  });

  it('names the fuses of a binary that are not as the security model sets them (the packed-app check)', async () => {
    const file = join(dir, 'cter-werkplaats');
    fakeElectron(file);
    const { flipCterFuses, wrongCterFuses } = await hook();
    // As Electron ships it: RunAsNode on, the asar-only and integrity fuses off, and so on.
    expect((await wrongCterFuses(file)).sort()).toEqual(
      [
        'RunAsNode',
        'EnableCookieEncryption',
        'EnableNodeOptionsEnvironmentVariable',
        'EnableNodeCliInspectArguments',
        'EnableEmbeddedAsarIntegrityValidation',
        'OnlyLoadAppFromAsar',
        'GrantFileProtocolExtraPrivileges',
      ].sort(),
    );
    await flipCterFuses(file);
    expect(await wrongCterFuses(file)).toEqual([]);
  });

  it('fails the build on a binary without a fuse wire, rather than ship it unfused', async () => {
    const file = join(dir, 'not-electron');
    writeFileSync(file, Buffer.alloc(2048, 0x41));
    await expect((await hook()).flipCterFuses(file)).rejects.toThrow(/sentinel/);
  });
});
