// Developer conveniences — the Reload and DevTools menu items, DevTools themselves, and the
// renderer from Vite's dev server — exist only in `npm run dev`: its launcher sets CTER_DEV=1.
// `npm start` runs the same unpacked checkout as production use, so "not packaged" alone must
// not switch them on; a packaged build never has them. Pure, so it is tested without Electron.

export const DEV_FLAG = 'CTER_DEV';

export interface ShellFlags {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function isDeveloperMode({ isPackaged, env }: ShellFlags): boolean {
  return !isPackaged && env[DEV_FLAG] === '1';
}

/** The dev server the renderer comes from (set by `electron-vite dev`), only in developer mode. */
export function rendererDevServer(flags: ShellFlags): string | undefined {
  if (!isDeveloperMode(flags)) return undefined;
  const url = flags.env['ELECTRON_RENDERER_URL'];
  try {
    // Vite's dev server runs on this machine; nothing else may serve the renderer.
    const parsed = url ? new URL(url) : null;
    return parsed && parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
