// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packed
// executable, before electron-builder signs it. A fuse is a byte in the binary that switches a
// feature off for good: nobody can run the installed program as plain Node, pass it NODE_OPTIONS
// or --inspect, or make it load code from outside its (integrity-checked) app.asar.
// Tested against a synthetic binary in tests/integration/fuses.test.ts (no Electron zip here); the
// fuses of a packed app in dist/ are checked by the Electron suite's runner (tests/e2e-electron/run.ts).
import { join } from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = fuses;

/** The fuses of a packed CTER Werkplaats (ARCHITECTURE.md, "Security model"). */
export const CTER_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Windows and macOS check app.asar against the hash electron-builder embeds; Linux ignores it.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer comes from app://, never from file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The file that carries the fuse wire in a packed app, per platform. */
export function fuseFile(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  if (electronPlatformName === 'win32') return join(appOutDir, `${product}.exe`);
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${product}.app`);
  return join(appOutDir, packager.executableName);
}

/** Flips the fuses in `file`; throws when the file has no fuse wire (never ship unfused). */
export async function flipCterFuses(file) {
  const wires = await flipFuses(file, { ...CTER_FUSES, resetAdHocDarwinSignature: file.endsWith('.app') });
  if (!wires) throw new Error(`no fuse wire flipped in ${file}`);
  return wires;
}

/**
 * The fuses of `file` that are not as CTER_FUSES sets them (their FuseV1Options names); empty when
 * all are. What the Electron suite checks in a packed app (tests/e2e-electron/run.ts).
 */
export async function wrongCterFuses(file) {
  const wire = await getCurrentFuseWire(file);
  const ENABLE = '1'.charCodeAt(0);
  return Object.entries(CTER_FUSES)
    .filter(([option]) => option !== 'version')
    .filter(([option, on]) => (wire[Number(option)] === ENABLE) !== on)
    .map(([option]) => FuseV1Options[Number(option)]);
}

export async function afterPack(context) {
  const file = fuseFile(context);
  await flipCterFuses(file);
  console.info(`[dist] fuses flipped in ${file}`);
}

export default afterPack;
