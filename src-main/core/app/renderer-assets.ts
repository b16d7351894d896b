// Serves the built renderer (out/renderer) to a browser: Electron's app:// protocol handler and
// the Chromium test harness both answer requests through this one function, so the tests run the
// renderer under exactly the Content-Security-Policy the application uses.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The placeholder in index.html that receives the per-load style nonce (used by emotion). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Scripts only from the app itself; styles from the app or carrying this load's nonce (MUI's
 * emotion injects <style> elements); nothing may be framed, posted or fetched from elsewhere.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function createRendererAssets(root: string) {
  const base = resolve(root);

  return async function serve(pathname: string): Promise<AssetResponse> {
    const nonce = randomBytes(16).toString('base64');
    const headers: Record<string, string> = {
      'content-security-policy': contentSecurityPolicy(nonce),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    };
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { status: 400, headers, body: Buffer.alloc(0) };
    }
    const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = resolve(base, relative);
    if (file !== base && !file.startsWith(base + sep)) return { status: 404, headers, body: Buffer.alloc(0) };
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return { status: 404, headers, body: Buffer.alloc(0) };
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (extname(file) === '.html') body = Buffer.from(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce));
    return { status: 200, headers: { ...headers, 'content-type': type }, body };
  };
}
