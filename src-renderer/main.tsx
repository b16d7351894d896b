// Renderer entry: read the stored language, set up i18n and styling (with the CSP nonce), keep the
// focus on a button through its call (kit/keepFocus.ts), leave unstorable characters out of a paste
// (kit/cleanPaste.ts), render.
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import './shell/global.css';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { initI18n } from './i18n';
import { cleanPastedText } from './kit/cleanPaste';
import { keepFocusThroughDisabling } from './kit/keepFocus';

function styleNonce(): string | undefined {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return nonce && !nonce.startsWith('__') ? nonce : undefined;
}

async function main() {
  keepFocusThroughDisabling(document);
  cleanPastedText(document);
  const info = await window.cter.invoke('app:info', {});
  await initI18n(info.ok ? info.value.locale : undefined);
  const cache = createCache({ key: 'cter', nonce: styleNonce() });
  const root = createRoot(document.getElementById('root')!, {
    // Caught by an error boundary, which shows the user a message: keep it out of the error log.
    onCaughtError: (error) => console.warn('Weergavefout opgevangen', error instanceof Error ? error.name : ''),
  });
  root.render(
    <StrictMode>
      <CacheProvider value={cache}>
        <App />
      </CacheProvider>
    </StrictMode>,
  );
}

void main();
