// What a restore must know of a pg_dump file before it changes anything: the schema version and
// the accounts. pg_restore writes just those two tables' data as SQL to stdout
// (`--data-only -t schema_version -t account -f -`), without restoring anything; this module reads
// the COPY blocks in that output (PostgreSQL's COPY text format: tab-separated, `\N` for null,
// backslash escapes).

/** One row of a COPY block: column name → text (null for `\N`). */
export type CopyRow = Record<string, string | null>;

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** One field of COPY text format, unescaped; null for `\N`. */
export function copyField(text: string): string | null {
  if (text === '\\N') return null;
  return text.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_all, code: string) => {
    if (code.startsWith('x') && code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ESCAPES[code] ?? code;
  });
}

/** The rows of every COPY block in pg_restore's SQL output, by table name (without schema). */
export function copyBlocks(sql: string): Map<string, CopyRow[]> {
  const tables = new Map<string, CopyRow[]>();
  const lines = sql.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^COPY (?:[\w"]+\.)?"?(\w+)"? \(([^)]*)\) FROM stdin;$/.exec(lines[i]!);
    if (!head) continue;
    const columns = head[2]!.split(',').map((column) => column.trim().replace(/^"|"$/g, ''));
    const rows: CopyRow[] = [];
    for (i++; i < lines.length && lines[i] !== '\\.'; i++) {
      const fields = lines[i]!.split('\t');
      if (fields.length !== columns.length) throw new Error('COPY row does not match its columns');
      rows.push(Object.fromEntries(columns.map((column, n) => [column, copyField(fields[n]!)])));
    }
    if (i >= lines.length) throw new Error('COPY block without end');
    tables.set(head[1]!, rows);
  }
  return tables;
}

/** An account as the dump holds it; `row` has every column (the password check reads its own). */
export interface DumpedAccount {
  id: number;
  username: string;
  active: boolean;
  roles: string[];
  row: CopyRow;
}

export interface DumpContents {
  schemaVersion: number;
  accounts: DumpedAccount[];
}

/** The schema version and accounts in pg_restore's output; null when they are not there (not ours). */
export function dumpContents(sql: string): DumpContents | null {
  let tables: Map<string, CopyRow[]>;
  try {
    tables = copyBlocks(sql);
  } catch {
    return null;
  }
  const versions = tables.get('schema_version');
  const accounts = tables.get('account');
  if (!versions || versions.length !== 1 || !accounts) return null;
  const schemaVersion = Number(versions[0]!['version']);
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) return null;
  const parsed: DumpedAccount[] = [];
  for (const row of accounts) {
    let roles: unknown;
    try {
      roles = JSON.parse(row['roles'] ?? 'null');
    } catch {
      return null;
    }
    if (!Array.isArray(roles) || row['username'] === null || row['username'] === undefined) return null;
    parsed.push({
      id: Number(row['id']),
      username: row['username'],
      active: row['active'] === 't',
      roles: roles.filter((role): role is string => typeof role === 'string'),
      row,
    });
  }
  return { schemaVersion, accounts: parsed };
}
