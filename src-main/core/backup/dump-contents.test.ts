import { describe, expect, it } from 'vitest';
import { copyBlocks, copyField, dumpContents } from './dump-contents';

const output = [
  'SET statement_timeout = 0;',
  '',
  'COPY public.account (id, username, display_name, roles, active) FROM stdin;',
  '1\tbeheer\tFictieve\\tBeheerder\t["beheerder"]\tt',
  '2\tregisseur\t\\N\t["procesregisseur","notulist"]\tf',
  '\\.',
  '',
  'COPY public.schema_version (one, version) FROM stdin;',
  't\t12',
  '\\.',
  '',
].join('\n');

describe('reading pg_restore output', () => {
  it('unescapes COPY text fields', () => {
    expect(copyField('\\N')).toBeNull();
    expect(copyField('a\\tb\\nc\\\\d')).toBe('a\tb\nc\\d');
    expect(copyField('\\x41\\102\\r')).toBe('AB\r');
    expect(copyField('gewoon')).toBe('gewoon');
  });

  it('reads every COPY block by table name', () => {
    const blocks = copyBlocks(output);
    expect([...blocks.keys()]).toEqual(['account', 'schema_version']);
    expect(blocks.get('account')![1]).toEqual({
      id: '2',
      username: 'regisseur',
      display_name: null,
      roles: '["procesregisseur","notulist"]',
      active: 'f',
    });
  });

  it('gives the version and the accounts, or null for what is not ours', () => {
    const contents = dumpContents(output)!;
    expect(contents.schemaVersion).toBe(12);
    expect(contents.accounts.map(({ row: _row, ...account }) => account)).toEqual([
      { id: 1, username: 'beheer', active: true, roles: ['beheerder'] },
      { id: 2, username: 'regisseur', active: false, roles: ['procesregisseur', 'notulist'] },
    ]);
    expect(contents.accounts[0]!.row['display_name']).toBe('Fictieve\tBeheerder');
    expect(dumpContents(output.replace(/COPY public\.schema_version[\s\S]*$/, ''))).toBeNull();
    expect(dumpContents(output.replace('t\t12', 't\t12\tteveel'))).toBeNull();
    expect(dumpContents(output.replace('\\.\n\nCOPY public.schema', '\nCOPY public.schema').slice(0, -4))).toBeNull();
  });
});
