// The cryptographic building blocks of the vault, on Node's own crypto (OpenSSL), no extra
// dependencies: AES-256-GCM sealing with associated data, X25519 key pairs, and "envelopes"
// (ECIES: an ephemeral X25519 key agreement, HKDF-SHA256, AES-256-GCM) that let the database key be
// re-wrapped for an account without knowing its password.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

export interface Sealed {
  /** 12-byte nonce, base64. */
  iv: string;
  /** Ciphertext followed by the 16-byte GCM tag, base64. */
  data: string;
}

export interface Envelope extends Sealed {
  /** The sender's ephemeral X25519 public key, raw 32 bytes, base64. */
  ephemeral: string;
}

export class DecryptionError extends Error {
  constructor() {
    super('decryption failed');
    this.name = 'DecryptionError';
  }
}

const TAG_BYTES = 16;

export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('base64'), data: data.toString('base64') };
}

export function unseal(key: Buffer, sealed: Sealed, aad: string): Buffer {
  const data = Buffer.from(sealed.data, 'base64');
  if (data.length < TAG_BYTES) throw new DecryptionError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

export interface KeyPair {
  /** Raw 32-byte public key. */
  publicKey: Buffer;
  /** PKCS#8 DER private key. */
  privateKey: Buffer;
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return { publicKey: rawPublicKey(publicKey), privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });
}

function envelopeKey(shared: Buffer, ephemeral: Buffer, recipient: Buffer): Buffer {
  const salt = Buffer.concat([ephemeral, recipient]);
  return Buffer.from(hkdfSync('sha256', shared, salt, 'cter-werkplaats envelope v1', 32));
}

/** Encrypts `plaintext` so that only the holder of the private key for `recipient` can read it. */
export function sealTo(recipient: Buffer, plaintext: Buffer, aad: string): Envelope {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyFromRaw(recipient) });
  const sealed = seal(envelopeKey(shared, ephemeralRaw, recipient), plaintext, aad);
  return { ephemeral: ephemeralRaw.toString('base64'), ...sealed };
}

export function openEnvelope(privateKeyDer: Buffer, recipient: Buffer, envelope: Envelope, aad: string): Buffer {
  let shared: Buffer;
  const ephemeralRaw = Buffer.from(envelope.ephemeral, 'base64');
  try {
    const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
    shared = diffieHellman({ privateKey, publicKey: publicKeyFromRaw(ephemeralRaw) });
  } catch {
    throw new DecryptionError();
  }
  return unseal(envelopeKey(shared, ephemeralRaw, recipient), envelope, aad);
}

export function hkdf(secret: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, 32));
}
