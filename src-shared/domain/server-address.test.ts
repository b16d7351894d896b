import { describe, expect, it } from 'vitest';
import {
  describeServerAddress,
  fingerprintGroups,
  fingerprintsMatch,
  normaliseFingerprint,
  parseServerAddress,
} from './server-address';

// Fictitious: no real certificate has this fingerprint.
const CANONICAL = '3F:A2:91:0C:7E:5B:D4:18:6A:C0:2F:E9:83:47:B1:5D:0E:92:C6:7A:14:F8:3B:AD:65:01:9E:C2:D7:4F:88:B3';

describe('parseServerAddress', () => {
  it('takes a host, host:port and https://host[:port], with 8443 as the default port', () => {
    expect(parseServerAddress('cter.zvh.local')).toEqual({ host: 'cter.zvh.local', port: 8443 });
    expect(parseServerAddress('  CTER.zvh.local:9443 ')).toEqual({ host: 'cter.zvh.local', port: 9443 });
    expect(parseServerAddress('https://cter.zvh.local')).toEqual({ host: 'cter.zvh.local', port: 8443 });
    expect(parseServerAddress('https://cter.zvh.local:443/')).toEqual({ host: 'cter.zvh.local', port: 443 });
    expect(parseServerAddress('10.20.30.40')).toEqual({ host: '10.20.30.40', port: 8443 });
  });

  it('refuses other schemes, paths, user info, bad ports and bad names', () => {
    for (const bad of [
      '',
      '   ',
      'http://cter.zvh.local',
      'ftp://cter.zvh.local',
      'https://cter.zvh.local/rpc',
      'cter.zvh.local/rpc',
      'https://admin@cter.zvh.local',
      'cter.zvh.local:0',
      'cter.zvh.local:70000',
      'cter.zvh.local:',
      'cter zvh.local',
      '-cter.zvh.local',
      'cter..zvh.local',
      'cter.zvh.local?x=1',
      'a'.repeat(301),
    ]) {
      expect(parseServerAddress(bad), bad).toBeNull();
    }
  });

  it('describes an address without the default port', () => {
    expect(describeServerAddress({ host: 'cter.zvh.local', port: 8443 })).toBe('cter.zvh.local');
    expect(describeServerAddress({ host: 'cter.zvh.local', port: 9443 })).toBe('cter.zvh.local:9443');
  });
});

describe('fingerprints', () => {
  it('normalises case, colons, spaces and dashes to upper-case pairs joined by colons', () => {
    const bare = CANONICAL.replace(/:/g, '');
    expect(normaliseFingerprint(CANONICAL)).toBe(CANONICAL);
    expect(normaliseFingerprint(bare.toLowerCase())).toBe(CANONICAL);
    expect(normaliseFingerprint(` ${CANONICAL.toLowerCase().replace(/:/g, ' ')} `)).toBe(CANONICAL);
    expect(normaliseFingerprint(bare.match(/.{4}/g)!.join('-'))).toBe(CANONICAL);
  });

  it('refuses what is not a SHA-256 fingerprint', () => {
    expect(normaliseFingerprint('')).toBeNull();
    expect(normaliseFingerprint(CANONICAL.slice(0, -3))).toBeNull(); // 31 bytes
    expect(normaliseFingerprint(`${CANONICAL}:00`)).toBeNull(); // 33 bytes
    expect(normaliseFingerprint(CANONICAL.replace('3F', 'G1'))).toBeNull();
  });

  it('matches the same fingerprint however written, and nothing else', () => {
    expect(fingerprintsMatch(CANONICAL, CANONICAL.toLowerCase().replace(/:/g, ''))).toBe(true);
    expect(fingerprintsMatch(CANONICAL, CANONICAL.replace(/B3$/, 'B4'))).toBe(false);
    expect(fingerprintsMatch('', '')).toBe(false);
    expect(fingerprintsMatch('niet een vingerafdruk', 'niet een vingerafdruk')).toBe(false);
  });

  it('groups four pairs at a time for reading aloud', () => {
    const groups = fingerprintGroups(CANONICAL.toLowerCase());
    expect(groups).toHaveLength(8);
    expect(groups[0]).toBe('3F:A2:91:0C');
    expect(groups[7]).toBe('D7:4F:88:B3');
    expect(fingerprintGroups('onzin')).toEqual(['onzin']);
  });
});
