// The admin CLI under an administrator's mistakes (docs/developer/README.md, "The admin tools under
// bad input"): each is refused with one Dutch line and exit code 2, and nothing on disk changes.
// Through runCli, as the other CLI tests; a database and its backup are made once for the file.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IntegrityMonitor } from '../../src-main/core/db/integrity-check';
import { runCli } from '../../src-main/cli/main';
import { commonMessages } from '../../src-shared/i18n/messages';
import { BEHEERDER, cliIo, codeOf, makeCore, tempDir, withDatabase, writeStoreFile } from './helpers';

const ROOT = resolve(__dirname, '../..');

/** runCli with what it wrote to stdout and stderr. */
async function cter(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const output = cliIo();
  const code = await runCli(args, output.io);
  return { code, out: output.out, err: output.err };
}

/** The CLI as a separate process (tsx), as an administrator runs it beside the app. */
function cterProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src-main/cli/main.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, LANG: 'nl_NL.UTF-8', CTER_PASSWORD: BEHEERDER.password }, timeout: 100_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Every file under `dir` with its size and time, to show that a refused command changed nothing.
 * From stat, never by opening: closing a descriptor of a database this process holds open would
 * drop the process's lock on it (POSIX), and the lock is what some of these tests are about.
 */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path, { bigint: true });
    files[path] = entry.isDirectory() ? '(map)' : `${stat.size}:${stat.mtimeNs}:${stat.ino}`;
  }
  return files;
}

let dataDir: string;
let backup: string;

beforeAll(async () => {
  const { core, dataDir: dir } = makeCore();
  await withDatabase(core);
  await core.close();
  dataDir = dir;
  backup = join(tempDir(), 'reserve.db');
  const made = await cter(['backup', '--data', dataDir, '--user', BEHEERDER.username, '--out', backup]);
  expect(made.code).toBe(0);
});

describe('the cter CLI under bad input', { timeout: 120_000 }, () => {
  it('still takes a path with spaces and non-ASCII letters, and a new file for init', async () => {
    const folder = join(tempDir(), 'Back-ups Zorg- en Veiligheidshuis één');
    mkdirSync(folder);
    const out = join(folder, 'reserve kopie ë.db');
    const made = await cter(['backup', '--data', dataDir, '--user', 'beheer', '--out', out]);
    expect(made.code).toBe(0);
    expect(existsSync(`${out}.sleutels`)).toBe(true);

    const fresh = join(tempDir(), 'nieuw é.db');
    const init = await cter(['init', '--db', fresh, '--user', 'beheer']);
    expect(init.code).toBe(0);
  });

  it('says every line in the language asked for, the recovery key’s too', async () => {
    const init = await cter(['init', '--db', join(tempDir(), 'cter.db'), '--user', 'beheer', '--lang', 'en']);
    expect(init.code).toBe(0);
    expect(init.out[0]).toMatch(/^Database created: /);
    expect(init.out[1]).toMatch(/^Recovery key: ([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  });

  it('refuses the data folder given as --db: restore leaves the folder where it is', async () => {
    const before = snapshot(dataDir);
    const restore = await cter(['restore', '--from', backup, '--db', dataDir, '--user', BEHEERDER.username]);
    expect(restore.err).toEqual([
      `${dataDir} is een map, geen databasebestand. Er is niets gewijzigd. Geef de gegevensmap met ` +
        `--data ${dataDir}, of het databasebestand met --db ${join(dataDir, 'cter-werkplaats.db')}.`,
    ]);
    expect(restore.code).toBe(2);
    expect(snapshot(dataDir)).toEqual(before);
    expect(readdirSync(join(dataDir, '..')).filter((name) => name.includes('voor-herstel'))).toEqual([]);

    // Not advice to restore a backup (the key file "missing"), nor a database "already there".
    for (const command of [
      ['audit-verify', '--db', dataDir, '--user', BEHEERDER.username],
      ['init', '--db', dataDir, '--user', BEHEERDER.username],
      ['recover-key', '--db', dataDir],
    ]) {
      const refused = await cter(command);
      expect(refused.err.join('\n'), command[0]).toMatch(/ is een map, geen databasebestand\./);
      expect(refused.code, command[0]).toBe(2);
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses a file given as --data, for the server commands too', async () => {
    const file = join(dataDir, 'cter-werkplaats.db');
    const before = snapshot(dataDir);
    const message = `${file} is een bestand, geen map. Er is niets gewijzigd. Geef met --data de gegevensmap (een databasebestand met --db).`;
    for (const command of [
      ['server', 'init', '--data', file, '--db-socket', tempDir(), '--self-signed', 'localhost', '--user', 'beheer'],
      ['server', 'check', '--data', file],
      ['accounts', '--data', file, '--user', BEHEERDER.username],
    ]) {
      const refused = await cter(command);
      expect(refused.err, command.join(' ')).toEqual([message]);
      expect(refused.code, command.join(' ')).toBe(2);
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('does not restore over a database that is open in the app', async () => {
    const app = makeCore();
    const { path } = await withDatabase(app.core); // logged in: the app has the file open
    await app.core.workspace.integrity.settled(); // its check of the file, after the log-in, done
    const before = snapshot(app.dataDir);
    const restore = await cter(['restore', '--from', backup, '--db', path, '--user', BEHEERDER.username]);
    expect(restore.err).toEqual(['De database is al geopend door een ander programma. Sluit dat eerst.']);
    expect(restore.code).toBe(1);
    expect(snapshot(app.dataDir)).toEqual(before);
    expect(await codeOf(app.core, 'accounts:list')).toBe('ok');
    await app.core.close();
  });

  it('does not restore over it from another process either, after the log-in’s check of the file', async () => {
    // The app as it starts on an existing database: opened at the log-in, then checked.
    const made = makeCore();
    const { path } = await withDatabase(made.core);
    await made.core.close();
    const app = makeCore(made.dataDir);
    expect(
      await codeOf(app.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
    ).toBe('ok');
    // The check read the file through a descriptor of its own and closed it, which dropped the
    // process's lock on the file (POSIX): a second program then found it free, and restore swapped it.
    await app.core.workspace.integrity.settled();
    const before = snapshot(app.dataDir);
    const restore = await cterProcess(['restore', '--from', backup, '--db', path, '--user', BEHEERDER.username]);
    expect(restore).toEqual({
      code: 1,
      stdout: '',
      stderr: 'De database is al geopend door een ander programma. Sluit dat eerst.\n',
    });
    expect(snapshot(app.dataDir)).toEqual(before);
    expect(await codeOf(app.core, 'accounts:list')).toBe('ok');
    await app.core.close();
  });

  it('starts no check of the whole file after its log-in; the app’s log-in still does', async () => {
    // The check after a log-in read the whole file in a worker, a result the command's own writes
    // then voided ("the file changed while it was checked"), and the process waited for it to exit.
    const start = vi.spyOn(IntegrityMonitor.prototype, 'start');
    try {
      const listed = await cter(['accounts', '--data', dataDir, '--user', BEHEERDER.username]);
      expect(listed).toMatchObject({ code: 0, err: [] });
      expect(start).not.toHaveBeenCalled();

      const app = makeCore(dataDir);
      expect(
        await codeOf(app.core, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password }),
      ).toBe('ok');
      expect(start).toHaveBeenCalledTimes(1);
      await app.core.workspace.integrity.settled();
      await app.core.close();
    } finally {
      start.mockRestore();
    }
  });

  it('tells the beheerder at the terminal what to check, where the app tells its user to call the beheerder', async () => {
    // A store.json naming a PostgreSQL that is not there (no server at the socket's folder).
    const folder = tempDir();
    writeStoreFile(folder, {
      engine: 'postgres',
      socketDir: tempDir(),
      port: 5432,
      database: 'cter',
      user: 'cter_app',
    });
    const before = snapshot(folder);
    const dutch = await cter(['accounts', '--data', folder, '--user', BEHEERDER.username]);
    expect(dutch).toEqual({
      code: 1,
      out: [],
      err: [
        'De PostgreSQL-database uit store.json is niet bereikbaar of weigert de aanmelding. Er is niets ' +
          'gewijzigd. Controleer of PostgreSQL draait, en het adres of de socket in store.json en het ' +
          'wachtwoordbestand van de rol.',
      ],
    });
    const english = await cter(['accounts', '--data', folder, '--user', BEHEERDER.username, '--lang', 'en']);
    expect(english.err).toEqual([
      'The PostgreSQL database named in store.json cannot be reached or refuses the login. Nothing was ' +
        'changed. Check that PostgreSQL is running, and the address or socket in store.json and the ' +
        'role’s password file.',
    ]);
    expect(snapshot(folder)).toEqual(before);
    // The app's user still reads the app's message.
    expect(commonMessages.nl.errors.STORE_UNREACHABLE).toMatch(/Neem contact op met de beheerder\.$/);
  });

  it('refuses --db and --data together, and an option given twice', async () => {
    const other = tempDir();
    const both = await cter(['audit-verify', '--db', join(other, 'x.db'), '--data', dataDir, '--user', 'beheer']);
    expect(both).toMatchObject({ code: 2, err: ['Geef --db BESTAND of --data MAP, niet allebei.'] });

    const twice = await cter(
      ['backup', '--data', dataDir, '--user', 'beheer', '--out', join(other, 'a.db')].concat([
        '--out',
        join(other, 'b.db'),
      ]),
    );
    expect(twice).toMatchObject({ code: 2, err: ['De optie --out is meer dan eens gegeven. Geef haar één keer.'] });
    expect(readdirSync(other)).toEqual([]);
  });

  it('says a usage error found while reading the arguments in the language of a --lang on the line', async () => {
    // The error is found before the --lang after it is read (`--bogus`), or --lang comes first.
    const cases: [string[], string][] = [
      [['--lang', 'en', 'backup', '--bogus'], 'Unknown option: --bogus. See --help.'],
      [['backup', '--bogus', '--lang', 'en'], 'Unknown option: --bogus. See --help.'],
      [['backup', '--lang=en', '-o', 'x.db'], 'Unknown option: -o. See --help.'],
      [
        ['backup', '--out', 'a.db', '--out', 'b.db', '--lang', 'en'],
        'The option --out was given more than once. Give it once.',
      ],
      [['--lang', 'en', 'backup', '--out'], 'The option --out needs a value.'],
      [['backup', 'een', 'twee', '--lang', 'en'], 'Unknown option: twee. See --help.'],
    ];
    for (const [argv, message] of cases) {
      const said = await cter(argv);
      expect(said, argv.join(' ')).toMatchObject({ code: 2, out: [], err: [message] });
    }
    // LANG=en_… with --lang nl on the line: Dutch.
    const output = cliIo({ LANG: 'en_GB.UTF-8' });
    expect(await runCli(['backup', '--bogus', '--lang', 'nl'], output.io)).toBe(2);
    expect(output.err).toEqual(['Onbekende optie: --bogus. Zie --help.']);
    // A --lang that is no language is said in the language of LANG, whatever else is wrong.
    expect(await cter(['backup', '--bogus', '--lang', 'fr'])).toMatchObject({
      code: 2,
      err: ['Onbekende optie: --bogus. Zie --help.'],
    });
    const english = cliIo({ LANG: 'en_GB.UTF-8' });
    expect(await runCli(['version', '--lang', 'fr'], english.io)).toBe(2);
    expect(english.err).toEqual(['Unknown language: fr. Choose nl or en.']);
  });

  it('writes each language’s placeholders in its help, none of the other’s', async () => {
    // The word in capitals after an option (`--db BESTAND`, `--name "NAAM"`) or a comma (`ROL[,ROL]`).
    const placeholders = (lines: string[]) => new Set(lines.join('\n').match(/(?<=--[a-z-]+ "?|,)[A-Z]+\b/g) ?? []);
    const dutch = await cter(['help']);
    const english = await cter(['help', '--lang', 'en']);
    expect(dutch.code).toBe(0);
    expect(english.code).toBe(0);
    expect([...placeholders(dutch.out)].sort()).toEqual(['ADRES', 'BESTAND', 'HOST', 'MAP', 'N', 'NAAM', 'ROL']);
    expect([...placeholders(english.out)].sort()).toEqual(['ADDRESS', 'FILE', 'FOLDER', 'HOST', 'N', 'NAME', 'ROLE']);
  });

  it('names a short option as the unknown option, and refuses an unknown language', async () => {
    const short = await cter(['backup', '--data', dataDir, '--user', 'beheer', '-o', join(tempDir(), 'b.db')]);
    expect(short).toMatchObject({ code: 2, err: ['Onbekende optie: -o. Zie --help.'] });
    const french = await cter(['version', '--lang', 'fr']);
    expect(french).toMatchObject({ code: 2, out: [], err: ['Onbekende taal: fr. Kies nl of en.'] });
  });
});
