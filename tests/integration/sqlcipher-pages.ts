// Reads an SQLCipher 4 database file page by page with the raw key, independently of SQLite: every
// page as it is on disk, including free pages and pages SQLite no longer points at. Used to show
// that destroyed data is gone from the file itself, not only from the tables.
//
// SQLCipher 4 page layout (raw key, default settings): 4096-byte pages, the last 80 bytes reserved
// (16-byte IV, then the HMAC); AES-256-CBC over the rest; page 1 starts with a 16-byte salt that
// stands in for the start of the SQLite header and is not encrypted.
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';

const PAGE = 4096;
const RESERVED = 80;

export function decryptPages(file: string, key: Buffer): Buffer {
  const bytes = readFileSync(file);
  const out: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= bytes.length; offset += PAGE) {
    const page = bytes.subarray(offset, offset + PAGE);
    const start = offset === 0 ? 16 : 0;
    const iv = page.subarray(PAGE - RESERVED, PAGE - RESERVED + 16);
    const decipher = createDecipheriv('aes-256-cbc', key, iv);
    decipher.setAutoPadding(false);
    out.push(decipher.update(page.subarray(start, PAGE - RESERVED)), decipher.final());
  }
  return Buffer.concat(out);
}

export function contains(plain: Buffer, text: string): boolean {
  return plain.includes(Buffer.from(text, 'utf8'));
}
