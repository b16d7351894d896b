import { describe, expect, it } from 'vitest';
import { compareFingerprints } from './team';

// Fictitious fingerprint.
const SERVER = '3F:A2:91:0C:7E:5B:D4:18:6A:C0:2F:E9:83:47:B1:5D:0E:92:C6:7A:14:F8:3B:AD:65:01:9E:C2:D7:4F:88:B3';

describe('compareFingerprints', () => {
  it('matches what IT gave however it is written', () => {
    expect(compareFingerprints(SERVER, SERVER.toLowerCase().replace(/:/g, ' '))).toBe('match');
    expect(compareFingerprints(SERVER, SERVER.replace(/:/g, ''))).toBe('match');
  });

  it('says empty, incomplete or mismatch otherwise', () => {
    expect(compareFingerprints(SERVER, '  ')).toBe('empty');
    expect(compareFingerprints(SERVER, SERVER.slice(0, 20))).toBe('incomplete');
    expect(compareFingerprints(SERVER, 'geen vingerafdruk')).toBe('incomplete');
    expect(compareFingerprints(SERVER, SERVER.replace(/^3F/, '3E'))).toBe('mismatch');
  });
});
