// The full check of an SQLCipher file, off the thread that runs core: every page of the file is
// read and its HMAC verified (SQLCipher 4 authenticates each page, so any change to the bytes on
// disk — a flipped bit, a torn or lost sector, a page moved, a cut-off file — fails it), in a
// worker_thread that uses only node:crypto and node:fs.
//
// Why not `PRAGMA quick_check` on a second connection: the open database holds its file with
// locking_mode=EXCLUSIVE (database.ts; a second program is told "in use"), so no other SQLite
// connection, in this process or another, can read it while it is open. Reading the file's pages
// needs no lock. The caller keeps the file still while the worker reads (integrity-check.ts turns
// off automatic checkpoints and compares the file's size and time before and after).
//
// SQLCipher 4 page layout with a raw key (database.ts applyCipher): 4096-byte pages, the last 80
// bytes reserved (16-byte IV, then HMAC-SHA512 over the encrypted bytes and the IV, followed by the
// page number as 4 bytes little-endian); the HMAC key is PBKDF2-HMAC-SHA512 of the raw key with the
// file's salt (page 1's first 16 bytes, not encrypted) XOR 0x3a, 2 iterations, 32 bytes.
import { Worker } from 'node:worker_threads';

export const PAGE_SIZE = 4096;

export interface PageCheck {
  /** Pages read. */
  pages: number;
  /** The numbers of the pages whose HMAC did not match (at most 20), and how many there were. */
  badPages: number[];
  badCount: number;
  /** The file is not a whole number of pages (cut off). */
  partialPage: boolean;
  ms: number;
}

// Runs in the worker (eval: plain JavaScript, built-in modules only, so it runs alike under Node,
// the tests and Electron's main process).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac, pbkdf2Sync, timingSafeEqual } = require('node:crypto');
const { openSync, readSync, closeSync, fstatSync } = require('node:fs');
const PAGE = ${PAGE_SIZE}, RESERVED = 80, IV = 16, SALT = 16, CHUNK = 256;
// SQLite never writes the page that holds byte 2^30 (its lock bytes live there, for Windows).
const LOCK_PAGE = Math.floor(0x40000000 / PAGE) + 1;
const started = Date.now();
const key = Buffer.from(workerData.key);
workerData.key.fill(0);
// A descriptor of the caller's (workerData.fd) stays open: see checkPages.
const own = workerData.fd === undefined;
const fd = own ? openSync(workerData.path, 'r') : workerData.fd;
try {
  const size = fstatSync(fd).size;
  const pages = Math.floor(size / PAGE);
  const buffer = Buffer.alloc(PAGE * CHUNK);
  const pgno = Buffer.alloc(4);
  let hmacKey = null;
  const bad = [];
  let badCount = 0;
  for (let first = 0; first < pages; first += CHUNK) {
    const count = Math.min(CHUNK, pages - first);
    let read = 0;
    while (read < count * PAGE) {
      const n = readSync(fd, buffer, read, count * PAGE - read, first * PAGE + read);
      if (n === 0) break;
      read += n;
    }
    for (let i = 0; i < Math.floor(read / PAGE); i++) {
      const page = buffer.subarray(i * PAGE, (i + 1) * PAGE);
      const number = first + i + 1;
      if (number === LOCK_PAGE) continue;
      if (hmacKey === null) {
        const salt = Buffer.from(page.subarray(0, SALT));
        for (let j = 0; j < SALT; j++) salt[j] ^= 0x3a;
        hmacKey = pbkdf2Sync(key, salt, 2, 32, 'sha512');
      }
      const start = number === 1 ? SALT : 0;
      pgno.writeUInt32LE(number, 0);
      const mac = createHmac('sha512', hmacKey)
        .update(page.subarray(start, PAGE - RESERVED + IV))
        .update(pgno)
        .digest();
      if (!timingSafeEqual(mac, page.subarray(PAGE - RESERVED + IV, PAGE))) {
        badCount++;
        if (bad.length < 20) bad.push(number);
      }
    }
  }
  key.fill(0);
  hmacKey?.fill(0);
  parentPort.postMessage({ pages, badPages: bad, badCount, partialPage: size % PAGE !== 0, ms: Date.now() - started });
} finally {
  if (own) closeSync(fd);
}
`;

/**
 * Reads every page of the SQLCipher file at `path` in a worker thread and verifies it with `key`.
 * Rejects when the file cannot be read (missing, no access); a damaged page is a result, not an error.
 * `fd`: a descriptor of the file to read through and leave open — for the database this process
 * has open, whose exclusive lock closing any descriptor of the file would drop (POSIX locks are
 * the process's; database.ts `readDescriptor`).
 */
export function checkPages(path: string, key: Buffer, fd?: number): Promise<PageCheck> {
  const copy = new Uint8Array(key);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, key: copy, fd },
      transferList: [copy.buffer],
    });
    let answered = false;
    worker.once('message', (result: PageCheck) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`page check stopped (exit code ${code})`));
    });
  });
}
