// The copies of the database the application knows of, for the bewaartermijn: destroyed data lives
// on in every copy made before the destruction. Two kinds:
// - the copies a restore keeps beside the database ("<database>.voor-herstel-<time>"), found by
//   looking in the database's folder;
// - the backups made through the application, remembered in a small side file beside the database
//   ("<database>.back-ups.json": where and when, nothing else — no personal data). The side file is
//   not in the database, so a restore of an older backup does not forget later backups.
// The beheerder may delete the copies that are still reachable; backups elsewhere (moved, on other
// media, made outside the application) must be destroyed by the organisation's backup policy.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { KnownCopy } from '../../../src-shared/ipc/retention';
import { writeFileAtomic } from '../fs/atomic';
import { keyFilePath } from '../vault/keyfile';

const registrySchema = z.array(z.object({ path: z.string(), madeAt: z.string() }));

export function registryPath(databasePath: string): string {
  return `${databasePath}.back-ups.json`;
}

function readRegistry(databasePath: string): { path: string; madeAt: string }[] {
  try {
    const parsed = registrySchema.safeParse(JSON.parse(readFileSync(registryPath(databasePath), 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Remembers a backup made through the application (called after it was written). */
export function rememberBackup(databasePath: string, target: string, now: Date): void {
  const full = resolve(target);
  const entries = readRegistry(databasePath).filter((entry) => entry.path !== full);
  entries.push({ path: full, madeAt: now.toISOString() });
  writeFileAtomic(registryPath(databasePath), Buffer.from(JSON.stringify(entries, null, 2), 'utf8'));
}

const idOf = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 16);

/** The time in a restore copy's name ("2026-12-03T14-10-46-123Z", see restoreBackup). */
function stampTime(stamp: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : null;
}

function restoreCopies(databasePath: string): { path: string; madeAt: string }[] {
  const folder = dirname(databasePath);
  const prefix = `${basename(databasePath)}.voor-herstel-`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && !/(-wal|-shm|\.sleutels)$/.test(name))
    .map((name) => {
      const path = join(folder, name);
      return { path, madeAt: stampTime(name.slice(prefix.length)) ?? statSync(path).mtime.toISOString() };
    });
}

/** Every copy the application knows of, oldest first; file names only, never a full path. */
export function knownCopies(databasePath: string): KnownCopy[] {
  const copies: (KnownCopy & { path: string })[] = [
    ...restoreCopies(databasePath).map((c) => ({ ...c, kind: 'voor-herstel' as const })),
    ...readRegistry(databasePath).map((c) => ({ ...c, kind: 'back-up' as const })),
  ].map((c) => ({
    id: idOf(c.path),
    kind: c.kind,
    fileName: basename(c.path),
    madeAt: c.madeAt,
    present: existsSync(c.path),
    path: c.path,
  }));
  return copies.sort((a, b) => a.madeAt.localeCompare(b.madeAt)).map(({ path: _path, ...copy }) => copy);
}

/** Deletes the reachable copies with the given ids (with their key file and journal); returns how many. */
export function deleteCopies(databasePath: string, ids: string[]): number {
  const wanted = new Set(ids);
  let deleted = 0;
  const registry = readRegistry(databasePath);
  const paths = [...restoreCopies(databasePath).map((c) => c.path), ...registry.map((c) => c.path)];
  const gone = new Set<string>();
  for (const path of paths) {
    if (!wanted.has(idOf(path)) || !existsSync(path)) continue;
    for (const file of [path, `${path}-wal`, `${path}-shm`, keyFilePath(path)]) rmSync(file, { force: true });
    gone.add(path);
    deleted++;
  }
  if (registry.some((entry) => gone.has(entry.path))) {
    const kept = registry.filter((entry) => !gone.has(entry.path));
    writeFileAtomic(registryPath(databasePath), Buffer.from(JSON.stringify(kept, null, 2), 'utf8'));
  }
  return deleted;
}
