// The privileged app:// scheme that serves the renderer. Registered before `ready` (privileges
// must be known before any window exists); handled once the app is ready.
import { protocol } from 'electron';
import { createRendererAssets } from '../core/app/renderer-assets';
import { APP_HOST, APP_SCHEME, rendererDir } from './paths';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppScheme(): void {
  const serve = createRendererAssets(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response(null, { status: 404 });
    const asset = await serve(url.pathname);
    return new Response(asset.status === 200 ? new Uint8Array(asset.body) : null, {
      status: asset.status,
      headers: asset.headers,
    });
  });
}
