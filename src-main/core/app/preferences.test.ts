// The settings file's reader: a missing file is a first run (the defaults), but a file that is
// there and cannot be read is damaged — its database location is unknown, so nothing may guess it,
// and the file is kept as it is for the administrator.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/ipc/errors';
import { memoryLogger } from '../logger';
import { PREFERENCES_FILE, PreferencesStore } from './preferences';

function dataDirWith(content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'cter-prefs-'));
  if (content !== null) writeFileSync(join(dir, PREFERENCES_FILE), content);
  return dir;
}

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('the settings file', () => {
  it('without a file: the defaults, the database in the data folder', () => {
    const dir = dataDirWith(null);
    const store = new PreferencesStore(dir, memoryLogger());
    expect(store.damaged).toBe(false);
    expect(store.databasePath()).toBe(join(dir, 'cter-werkplaats.db'));
  });

  it('reads the location the set-up wizard chose', () => {
    const dir = dataDirWith(JSON.stringify({ version: 1, locale: 'en', databasePath: '/srv/zvh/cter.db' }));
    const store = new PreferencesStore(dir, memoryLogger());
    expect(store.damaged).toBe(false);
    expect(store.databasePath()).toBe('/srv/zvh/cter.db');
    expect(store.get().locale).toBe('en');
  });

  it.each([
    ['not JSON (cut off)', '{"version": 1, "databasePath": "/srv/zv'],
    ['empty', ''],
    ['JSON of the wrong shape', JSON.stringify({ version: 2, databasePath: 42 })],
  ])('calls a file that is %s damaged: no location guessed, the file kept as it is', (_what, content) => {
    const dir = dataDirWith(content);
    const logger = memoryLogger();
    const store = new PreferencesStore(dir, logger);
    expect(store.damaged).toBe(true);
    expect(codeOf(() => store.databasePath())).toBe('SETTINGS_DAMAGED');
    // Nothing writes over it: not the language switch, not the set-up wizard, not the demo.
    expect(codeOf(() => store.setLocale('en'))).toBe('SETTINGS_DAMAGED');
    expect(codeOf(() => store.setDatabasePath('/elders/cter.db'))).toBe('SETTINGS_DAMAGED');
    expect(codeOf(() => store.clearDatabasePath())).toBe('SETTINGS_DAMAGED');
    expect(readFileSync(join(dir, PREFERENCES_FILE), 'utf8')).toBe(content);
    // The UI still needs a language for the problem screen.
    expect(store.get().locale).toBe('nl');
    expect(logger.lines.join('\n')).toMatch(/preferences: .*damaged/);
  });
});
