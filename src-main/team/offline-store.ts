// The laptop's local store of checked-out meetings (issue 19): one encrypted SQLite file (SQLCipher
// 4, raw 256-bit key) per meeting in `<dataDir>/offline/`, and beside it a slot file holding that
// key wrapped with a key derived from its holder's password — the embedded vault's code does the
// wrapping and opening (`OfflineKeys`, made in src-main/electron/workstation.ts from core/vault), so
// this layer never sees how. The workstation keeps no password and no key on disk: a copy opens
// only when its holder types the password (at log-in, online or offline), and its key lives in
// memory until the session ends.
//
// What a copy holds is a handful of JSON documents (`copy` table, one row per name): the server's
// package as checked out (the base of the check-in), the meeting as typed since (the same
// MeetingView the minutes screen reads), the user and the lease, and the check-in's state. Every
// write is one transaction with `synchronous=FULL` in WAL mode, so what an autosave answered is on
// disk: a killed process loses nothing it confirmed.
//
// A copy is made whole before it counts: the database is written under a temporary name and renamed,
// then its slot file is written (temporary name, renamed); a file without its slot is what a crash
// in between left, and is removed at start. Each rename is made durable (the folder fsynced), and
// the slot's content is fsynced before its rename (core/fs/atomic.ts, injected with the keys): the
// slot holds the only key to what is typed into the copy, so a power cut must never cut it off.
// A slot that is there but cannot be read (a disk fault) opens nothing, and cannot: the key is in
// it. Its copy is kept, never replaced, and named by `damaged()` so the login screen can say so.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Driver from 'better-sqlite3-multiple-ciphers';

/** The vault's part, injected: key slots and encrypted files, as the embedded mode makes them. */
export interface OfflineKeys {
  /** A new random key and its slot for this password. */
  create(password: string): Promise<{ key: Buffer; slot: unknown }>;
  /** The key in `slot`, or null when the password does not open it. */
  open(slot: unknown, password: string): Promise<Buffer | null>;
  /** An open SQLCipher handle on `path` (made when missing) with `key`. */
  database(path: string, key: Buffer): Driver.Database;
  /** Replaces `target` crash-safe: a temporary file, fsynced, renamed, the folder fsynced. */
  writeFileAtomic(target: string, text: string): void;
  /** Renames a file whose content is on disk, and fsyncs the folder so the name survives a power cut. */
  renameDurably(from: string, to: string): void;
}

const SLOT_FORMAT = 'cter-offline-kopie';

interface SlotFile {
  format: typeof SLOT_FORMAT;
  version: 1;
  meetingId: number;
  /** Whose password opens it: a hash of the meeting and the user name (`holderTag`), not the name. */
  holder: string;
  slot: unknown;
}

/** One open copy: its documents by name. */
export interface OpenCopy {
  readonly meetingId: number;
  read<T>(name: string): T | null;
  /** Writes the documents together (one transaction, on disk when this returns). */
  write(documents: Record<string, unknown>): void;
  close(): void;
}

/** The slot's holder without the name in clear (a small comfort: user names are few). */
const holderTag = (meetingId: number, username: string) =>
  createHash('sha256')
    .update(`cter-offline:${meetingId}:${username.trim().normalize('NFC').toLowerCase()}`)
    .digest('hex');

function openCopy(meetingId: number, handle: Driver.Database): OpenCopy {
  handle.pragma('journal_mode=WAL');
  handle.pragma('synchronous=FULL');
  handle.exec('CREATE TABLE IF NOT EXISTS copy (name TEXT PRIMARY KEY, json TEXT NOT NULL)');
  const get = handle.prepare<[string], { json: string }>('SELECT json FROM copy WHERE name = ?');
  const put = handle.prepare<[string, string]>(
    'INSERT INTO copy (name, json) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET json = excluded.json',
  );
  const writeAll = handle.transaction((documents: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(documents)) put.run(name, JSON.stringify(value));
  });
  return {
    meetingId,
    read<T>(name: string) {
      const row = get.get(name);
      return row ? (JSON.parse(row.json) as T) : null;
    },
    write: (documents) => writeAll(documents),
    close: () => {
      if (handle.open) handle.close();
    },
  };
}

/** A slot file's content, or null when it is not one (cut off, not JSON, another format). */
function readSlot(path: string): SlotFile | null {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<SlotFile> | null;
    const valid = file?.format === SLOT_FORMAT && Number.isInteger(file.meetingId) && typeof file.holder === 'string';
    return valid ? (file as SlotFile) : null;
  } catch {
    return null;
  }
}

export class OfflineStore {
  constructor(
    readonly dir: string,
    private readonly keys: OfflineKeys,
  ) {
    this.removeHalfMade();
  }

  private dbPath(meetingId: number) {
    return join(this.dir, `overleg-${meetingId}.sqlite`);
  }

  private slotPath(meetingId: number) {
    return join(this.dir, `overleg-${meetingId}.slot.json`);
  }

  /** The slot files here, and the meetings whose slot file is there but cannot be read. */
  private scan(): { slots: SlotFile[]; damaged: number[] } {
    const slots: SlotFile[] = [];
    const damaged: number[] = [];
    if (!existsSync(this.dir)) return { slots, damaged };
    for (const name of readdirSync(this.dir)) {
      const slotOf = /^overleg-(\d+)\.slot\.json$/.exec(name);
      if (!slotOf) continue;
      const meetingId = Number(slotOf[1]);
      const file = readSlot(join(this.dir, name));
      if (file?.meetingId === meetingId) slots.push(file);
      else damaged.push(meetingId);
    }
    return { slots, damaged: damaged.sort((a, b) => a - b) };
  }

  private slots(): SlotFile[] {
    return this.scan().slots;
  }

  /** Meetings kept here whose slot is damaged: they open for nobody, and are kept as they are. */
  damaged(): number[] {
    return this.scan().damaged;
  }

  /** A database without its slot (a crash while checking out) or a temporary file: removed. */
  private removeHalfMade() {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      const made = /^overleg-(\d+)\.sqlite$/.exec(name);
      const orphan = made && !existsSync(this.slotPath(Number(made[1])));
      if (orphan || name.endsWith('.tmp') || /\.tmp-(wal|shm)$/.test(name)) this.remove(join(this.dir, name));
    }
  }

  private remove(path: string) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }

  /** Whether a copy of this meeting is on this workstation (whoever holds it). */
  has(meetingId: number): boolean {
    return existsSync(this.slotPath(meetingId));
  }

  /** Whether any meeting is kept here (the login screen without a connection offers a log-in). */
  holdsAny(): boolean {
    return this.slots().length > 0;
  }

  /** Whether this user holds any copy here (the offline log-in's first question). */
  holds(username: string): boolean {
    return this.slots().some((slot) => slot.holder === holderTag(slot.meetingId, username));
  }

  /**
   * A new copy for `username`, opened with `password`, with its first documents; replaces an older
   * copy of the same meeting.
   */
  async create(
    meetingId: number,
    username: string,
    password: string,
    documents: Record<string, unknown>,
  ): Promise<OpenCopy> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const { key, slot } = await this.keys.create(password);
    this.wipe(meetingId);
    const temporary = `${this.dbPath(meetingId)}.tmp`;
    this.remove(temporary);
    const made = openCopy(meetingId, this.keys.database(temporary, key));
    made.write(documents);
    made.close();
    this.keys.renameDurably(temporary, this.dbPath(meetingId));
    const holder = holderTag(meetingId, username);
    const file: SlotFile = { format: SLOT_FORMAT, version: 1, meetingId, holder, slot };
    this.keys.writeFileAtomic(this.slotPath(meetingId), JSON.stringify(file));
    return openCopy(meetingId, this.keys.database(this.dbPath(meetingId), key));
  }

  /** Every copy of this user that the password opens (none for another password). */
  async unlock(username: string, password: string): Promise<OpenCopy[]> {
    const opened: OpenCopy[] = [];
    for (const file of this.slots()) {
      if (file.holder !== holderTag(file.meetingId, username) || !existsSync(this.dbPath(file.meetingId))) continue;
      const key = await this.keys.open(file.slot, password);
      if (key) opened.push(openCopy(file.meetingId, this.keys.database(this.dbPath(file.meetingId), key)));
    }
    return opened;
  }

  /** Removes the copy's files (the caller closed it first). */
  wipe(meetingId: number): void {
    rmSync(this.slotPath(meetingId), { force: true });
    this.remove(this.dbPath(meetingId));
  }

  /** Meetings whose lease must still be ended on the server (removed here while offline). */
  pendingRevokes(): number[] {
    try {
      const ids: unknown = JSON.parse(readFileSync(join(this.dir, 'in-te-trekken.json'), 'utf8'));
      return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
    } catch {
      return [];
    }
  }

  setPendingRevokes(ids: number[]): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const path = join(this.dir, 'in-te-trekken.json');
    if (ids.length === 0) rmSync(path, { force: true });
    else this.keys.writeFileAtomic(path, JSON.stringify([...new Set(ids)]));
  }
}
