// The administrator's policy as main reads it: the Linux file (a file of the test's own) and the
// Windows registry (a fake behind RegistryReader), good values, bad values, no source at all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAdminPolicy, WINDOWS_POLICY_KEY, type RegistryReader } from './admin-policy';

const FINGERPRINT = 'AB'.repeat(32);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cter-policy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function policyFile(content: unknown): string {
  const file = join(dir, 'policy.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('the policy file on Linux', () => {
  it('holds every setting', () => {
    const file = policyFile({
      DataFolder: '/srv/cter',
      IdleLockMinutes: 5,
      ServerAddress: 'cter.zvh.example:8443',
      ServerFingerprint: FINGERPRINT,
      ClientCertificateFile: '/etc/cter-werkplaats/werkplek.pem',
      ClientKeyFile: '/etc/cter-werkplaats/werkplek.key',
      Language: 'en',
      OfferDemo: false,
      RetentionMinimumYears: 7,
    });
    expect(readAdminPolicy({ platform: 'linux', file })).toEqual({
      policy: {
        dataFolder: '/srv/cter',
        idleLockMinutes: 5,
        server: { host: 'cter.zvh.example', port: 8443, fingerprint: expect.any(String) },
        clientCertificate: {
          certificateFile: '/etc/cter-werkplaats/werkplek.pem',
          keyFile: '/etc/cter-werkplaats/werkplek.key',
        },
        language: 'en',
        offerDemo: false,
        retentionMinimumYears: 7,
      },
      problems: [],
    });
  });

  it('without a file, manages nothing and reports nothing', () => {
    expect(readAdminPolicy({ platform: 'linux', file: join(dir, 'absent.json') })).toEqual({
      policy: {},
      problems: [],
    });
  });

  it('ignores bad values one by one and names them; the good ones still hold', () => {
    const file = policyFile({
      DataFolder: 'relative/path',
      IdleLockMinutes: 0,
      Language: 'fr',
      OfferDemo: 'misschien',
      RetentionMinimumYears: 7,
      ServerAddress: 'cter.zvh.example',
      ClientKeyFile: '/etc/cter-werkplaats/werkplek.key',
      Colour: 'blue',
    });
    const { policy, problems } = readAdminPolicy({ platform: 'linux', file });
    expect(policy).toEqual({ retentionMinimumYears: 7 });
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: 'DataFolder', reason: 'invalid' },
        { key: 'IdleLockMinutes', reason: 'invalid' },
        { key: 'Language', reason: 'invalid' },
        { key: 'OfferDemo', reason: 'invalid' },
        { key: 'ServerFingerprint', reason: 'incomplete' },
        { key: 'ClientCertificateFile', reason: 'incomplete' },
        { key: 'Colour', reason: 'unknown' },
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('reports a file that is not a JSON object, and manages nothing', () => {
    for (const content of ['{ not json', '[1, 2]', '"text"']) {
      const file = policyFile(content);
      expect(readAdminPolicy({ platform: 'linux', file })).toEqual({
        policy: {},
        problems: [{ key: file, reason: 'unreadable' }],
      });
    }
  });

  it('never loads the Windows registry module', () => {
    let opened = false;
    readAdminPolicy({
      platform: 'linux',
      file: join(dir, 'absent.json'),
      registry: () => {
        opened = true;
        throw new Error('not on Linux');
      },
    });
    expect(opened).toBe(false);
  });
});

describe('the registry on Windows', () => {
  function fakeRegistry(values: Record<string, string | number>): { reader: RegistryReader; reads: string[] } {
    const reads: string[] = [];
    return {
      reads,
      reader: {
        readValue(key, name) {
          reads.push(`${key}\\${name}`);
          return key === WINDOWS_POLICY_KEY ? values[name] : undefined;
        },
      },
    };
  }

  it('reads the values under HKLM\\SOFTWARE\\Policies\\CTER Werkplaats, as strings as Group Policy writes them', () => {
    const { reader, reads } = fakeRegistry({
      DataFolder: 'D:\\CTER\\data',
      IdleLockMinutes: '15',
      Language: 'nl',
      OfferDemo: '0',
      RetentionMinimumYears: 10,
    });
    const result = readAdminPolicy({ platform: 'win32', registry: () => reader });
    expect(result).toEqual({
      policy: {
        dataFolder: 'D:\\CTER\\data',
        idleLockMinutes: 15,
        language: 'nl',
        offerDemo: false,
        retentionMinimumYears: 10,
      },
      problems: [],
    });
    expect(reads.every((read) => read.startsWith('SOFTWARE\\Policies\\CTER Werkplaats\\'))).toBe(true);
  });

  it('reports a bad value and a registry that cannot be opened, without throwing', () => {
    const { reader } = fakeRegistry({ IdleLockMinutes: 'tien', ServerFingerprint: FINGERPRINT });
    expect(readAdminPolicy({ platform: 'win32', registry: () => reader }).problems).toEqual([
      { key: 'IdleLockMinutes', reason: 'invalid' },
      { key: 'ServerAddress', reason: 'incomplete' },
    ]);
    const broken = readAdminPolicy({
      platform: 'win32',
      registry: () => {
        throw new Error('no native module');
      },
    });
    expect(broken).toEqual({
      policy: {},
      problems: [{ key: 'HKLM\\SOFTWARE\\Policies\\CTER Werkplaats', reason: 'unreadable' }],
    });
  });

  it('treats a value that fails to read as absent', () => {
    const reader: RegistryReader = {
      readValue: (_key, name) => {
        if (name === 'Language') throw new Error('access denied');
        return name === 'IdleLockMinutes' ? '20' : undefined;
      },
    };
    expect(readAdminPolicy({ platform: 'win32', registry: () => reader })).toEqual({
      policy: { idleLockMinutes: 20 },
      problems: [],
    });
  });
});
