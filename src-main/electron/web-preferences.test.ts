import { describe, expect, it } from 'vitest';
import { mainWindowPreferences } from './web-preferences';

describe('main window webPreferences', () => {
  it('isolate the renderer, sandbox it and keep Node out', () => {
    for (const devTools of [true, false]) {
      expect(mainWindowPreferences('/pad/preload.js', devTools)).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      });
    }
  });
});
