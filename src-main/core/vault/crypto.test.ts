import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, generateKeyPair, openEnvelope, seal, sealTo, unseal } from './crypto';

describe('seal / unseal (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('round-trips and binds the associated data', () => {
    const sealed = seal(key, Buffer.from('databasesleutel'), 'slot-1');
    expect(unseal(key, sealed, 'slot-1').toString()).toBe('databasesleutel');
    expect(() => unseal(key, sealed, 'slot-2')).toThrow(DecryptionError);
    expect(() => unseal(randomBytes(32), sealed, 'slot-1')).toThrow(DecryptionError);
  });

  it('detects a changed ciphertext', () => {
    const sealed = seal(key, Buffer.from('x'.repeat(32)), 'a');
    const data = Buffer.from(sealed.data, 'base64');
    data[0]! ^= 1;
    expect(() => unseal(key, { ...sealed, data: data.toString('base64') }, 'a')).toThrow(DecryptionError);
    expect(() => unseal(key, { ...sealed, data: 'AAAA' }, 'a')).toThrow(DecryptionError);
  });
});

describe('envelopes (X25519 + HKDF + AES-GCM)', () => {
  it('open only with the recipient private key and the same associated data', () => {
    const recipient = generateKeyPair();
    const other = generateKeyPair();
    const secret = randomBytes(32);
    const envelope = sealTo(recipient.publicKey, secret, 'db-1');
    expect(openEnvelope(recipient.privateKey, recipient.publicKey, envelope, 'db-1').equals(secret)).toBe(true);
    expect(() => openEnvelope(other.privateKey, other.publicKey, envelope, 'db-1')).toThrow(DecryptionError);
    expect(() => openEnvelope(recipient.privateKey, recipient.publicKey, envelope, 'db-2')).toThrow(DecryptionError);
  });

  it('use a fresh ephemeral key every time', () => {
    const recipient = generateKeyPair();
    const a = sealTo(recipient.publicKey, Buffer.alloc(32), 'x');
    const b = sealTo(recipient.publicKey, Buffer.alloc(32), 'x');
    expect(a.ephemeral).not.toBe(b.ephemeral);
    expect(a.data).not.toBe(b.data);
  });
});
