// server.json: read when it is right, refused with the key of a message when it is missing, not
// JSON, has an unknown or wrong field, may be changed by others, or names a key others may read;
// trusted proxies by exact address only.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readServerConfig, ServerConfigError } from './config';

function folder(config: unknown, options: { mode?: number; keyMode?: number } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cter-server-config-'));
  writeFileSync(join(dir, 'server.crt'), 'CERTIFICATE');
  writeFileSync(join(dir, 'server.key'), 'KEY', { mode: options.keyMode ?? 0o600 });
  chmodSync(join(dir, 'server.key'), options.keyMode ?? 0o600);
  const text = typeof config === 'string' ? config : JSON.stringify(config);
  writeFileSync(join(dir, 'server.json'), text);
  chmodSync(join(dir, 'server.json'), options.mode ?? 0o600);
  return dir;
}

const files = (dir: string) => ({ certificateFile: join(dir, 'server.crt'), keyFile: join(dir, 'server.key') });

function refusal(dir: string): string {
  try {
    readServerConfig(dir);
  } catch (error) {
    if (error instanceof ServerConfigError) return `${error.key} ${error.params['field'] ?? ''}`.trim();
    throw error;
  }
  return 'read';
}

describe('server.json', () => {
  it('names the listener and the certificate and key it reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-server-config-'));
    const made = folder({});
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ host: '127.0.0.1', ...files(made) }), { mode: 0o600 });
    const config = readServerConfig(dir);
    expect(config).toMatchObject({ host: '127.0.0.1', port: DEFAULT_PORT });
    expect(config.certificate.toString()).toBe('CERTIFICATE');
    expect(config.key.toString()).toBe('KEY');
    // No load balancer is trusted unless named.
    expect(config.trustedProxies).toEqual([]);
  });

  it('reads trusted proxies by exact address only', () => {
    const dir = folder({});
    const write = (trustedProxies: unknown) =>
      writeFileSync(join(dir, 'server.json'), JSON.stringify({ host: '::', ...files(dir), trustedProxies }));
    write(['192.0.2.10', '::ffff:192.0.2.11', '2001:db8::1']);
    expect(readServerConfig(dir).trustedProxies).toEqual(['192.0.2.10', '192.0.2.11', '2001:db8::1']);
    for (const wrong of [['192.0.2.0/24'], ['balancer.example'], ['*'], '192.0.2.10']) {
      write(wrong);
      expect(refusal(dir)).toBe('server.configInvalid trustedProxies');
    }
  });

  it('reads how many passwords are checked at once, a whole number from 1', () => {
    const dir = folder({});
    const write = (extra: Record<string, unknown>) =>
      writeFileSync(join(dir, 'server.json'), JSON.stringify({ host: '::', ...files(dir), ...extra }));
    write({});
    expect(readServerConfig(dir).passwordHashesAtOnce).toBeUndefined();
    write({ passwordHashesAtOnce: 2 });
    expect(readServerConfig(dir).passwordHashesAtOnce).toBe(2);
    for (const wrong of [0, 1.5, '2', 65]) {
      write({ passwordHashesAtOnce: wrong });
      expect(refusal(dir)).toBe('server.configInvalid passwordHashesAtOnce');
    }
  });

  it('refuses what is missing, wrong or unsafe', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cter-server-config-'));
    expect(refusal(empty)).toBe('server.fileMissing server.json');
    expect(refusal(folder('{ kapot'))).toBe('server.configInvalid server.json');
    const withFiles = (extra: Record<string, unknown>, options = {}) => {
      const dir = folder({}, options);
      writeFileSync(join(dir, 'server.json'), JSON.stringify({ host: '::', ...files(dir), ...extra }));
      return dir;
    };
    expect(refusal(withFiles({ port: 70000 }))).toBe('server.configInvalid port');
    expect(refusal(withFiles({ password: 'geheim' }))).toBe('server.configInvalid password');
    expect(refusal(withFiles({ keyFile: 'relatief.key' }))).toBe('server.configInvalid keyFile');
    expect(refusal(withFiles({ certificateFile: '/bestaat/niet.crt' }))).toBe('server.fileMissing certificateFile');
    expect(refusal(withFiles({}, { keyMode: 0o644 }))).toBe('server.keyUnsafe');
    const writable = withFiles({});
    chmodSync(join(writable, 'server.json'), 0o666);
    expect(refusal(writable)).toBe('server.fileUnsafe');
    expect(refusal(withFiles({}))).toBe('read');
  });
});
