import { describe, expect, it } from 'vitest';
import { isDeveloperMode, rendererDevServer } from './dev-mode';

describe('developer mode', () => {
  it('is on only when the dev launcher set CTER_DEV=1 and the app is not packaged', () => {
    expect(isDeveloperMode({ isPackaged: false, env: { CTER_DEV: '1' } })).toBe(true);
    // `npm start` runs unpacked too: unpacked alone is not enough.
    expect(isDeveloperMode({ isPackaged: false, env: {} })).toBe(false);
    expect(isDeveloperMode({ isPackaged: false, env: { CTER_DEV: 'true' } })).toBe(false);
    expect(isDeveloperMode({ isPackaged: true, env: { CTER_DEV: '1' } })).toBe(false);
  });

  it('takes the renderer from a local dev server only in developer mode', () => {
    const url = 'http://localhost:5173';
    expect(rendererDevServer({ isPackaged: false, env: { CTER_DEV: '1', ELECTRON_RENDERER_URL: url } })).toBe(url);
    expect(rendererDevServer({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url } })).toBeUndefined();
    expect(rendererDevServer({ isPackaged: true, env: { CTER_DEV: '1', ELECTRON_RENDERER_URL: url } })).toBeUndefined();
    for (const other of ['https://example.org', 'http://10.0.0.5:5173', 'file:///tmp/index.html', 'geen url']) {
      expect(
        rendererDevServer({ isPackaged: false, env: { CTER_DEV: '1', ELECTRON_RENDERER_URL: other } }),
      ).toBeUndefined();
    }
  });
});
