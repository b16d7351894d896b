import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRendererAssets, NONCE_PLACEHOLDER } from './renderer-assets';

function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'cter-assets-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), `<meta name="csp-nonce" content="${NONCE_PLACEHOLDER}">`);
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'geheim.txt'), 'niet serveren');
  return createRendererAssets(root);
}

describe('renderer assets', () => {
  it('serves index.html with a fresh nonce that matches its CSP', async () => {
    const serve = fixture();
    const first = await serve('/');
    const second = await serve('/index.html');
    expect(first.status).toBe(200);
    const nonce = /content="([^"]+)"/.exec(first.body.toString())![1]!;
    expect(nonce).not.toBe(NONCE_PLACEHOLDER);
    expect(first.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    expect(first.headers['content-security-policy']).not.toContain('unsafe');
    expect(second.body.toString()).not.toContain(nonce);
  });

  it('serves files with their content type', async () => {
    const asset = await fixture()('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves anything outside the renderer folder', async () => {
    const serve = fixture();
    for (const path of [
      '/../geheim.txt',
      '/assets/../../geheim.txt',
      '/%2e%2e/geheim.txt',
      '/%E0%A4%A',
      '/nergens.js',
    ]) {
      const asset = await serve(path);
      expect(asset.status, path).toBeGreaterThanOrEqual(400);
      expect(asset.body.length).toBe(0);
    }
  });
});
