// Reads the administrator's policy (src-shared/domain/admin-policy.ts) from the machine-wide
// place an IT department controls: Linux /etc/cter-werkplaats/policy.json, Windows the registry
// key HKLM\SOFTWARE\Policies\CTER Werkplaats (Group Policy, build/policy/*.admx). The registry is
// read through @vscode/windows-registry, a native module loaded on Windows only (never reg.exe:
// no process is spawned); on Linux it is not required at all. A source that cannot be read
// gives an empty policy and a problem, never an exception: a bad policy must not stop the app.
// Electron-free, so the tests drive it with a file of their own and a fake registry.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  ADMIN_POLICY_KEYS,
  parseAdminPolicy,
  type AdminPolicyProblem,
  type AdminPolicyResult,
} from '../../src-shared/domain/admin-policy';

export const LINUX_POLICY_FILE = '/etc/cter-werkplaats/policy.json';
export const WINDOWS_POLICY_KEY = 'SOFTWARE\\Policies\\CTER Werkplaats';

/** Reads one value under HKEY_LOCAL_MACHINE; undefined when it is not there. */
export interface RegistryReader {
  readValue(key: string, name: string): string | number | undefined;
}

export interface PolicySource {
  platform: NodeJS.Platform;
  /** Linux: the policy file (tests give their own). */
  file?: string;
  /** Windows: the registry (tests give a fake; by default @vscode/windows-registry). */
  registry?: () => RegistryReader;
}

export function readAdminPolicy(source: PolicySource): AdminPolicyResult {
  if (source.platform === 'win32') return fromRegistry(source.registry ?? nativeRegistry);
  return fromFile(source.file ?? LINUX_POLICY_FILE);
}

function unreadable(key: string): AdminPolicyResult {
  const problem: AdminPolicyProblem = { key, reason: 'unreadable' };
  return { policy: {}, problems: [problem] };
}

function fromFile(file: string): AdminPolicyResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // No policy file: nothing is managed, which is no problem at all.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { policy: {}, problems: [] };
    return unreadable(file);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return unreadable(file);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return unreadable(file);
  return parseAdminPolicy(raw as Record<string, unknown>);
}

function fromRegistry(open: () => RegistryReader): AdminPolicyResult {
  let registry: RegistryReader;
  try {
    registry = open();
  } catch {
    return unreadable(`HKLM\\${WINDOWS_POLICY_KEY}`);
  }
  const raw: Record<string, unknown> = {};
  for (const name of ADMIN_POLICY_KEYS) {
    try {
      raw[name] = registry.readValue(WINDOWS_POLICY_KEY, name);
    } catch {
      raw[name] = undefined;
    }
  }
  return parseAdminPolicy(raw);
}

/** @vscode/windows-registry: reads REG_SZ values (the ADMX template writes every value as one). */
function nativeRegistry(): RegistryReader {
  // Loaded here, on Windows only, and past the bundler (it is an optional, native dependency).
  const load = createRequire(__filename);
  const native = load('@vscode/windows-registry') as {
    GetStringRegKey(hive: 'HKEY_LOCAL_MACHINE', path: string, name: string): string | undefined;
  };
  return { readValue: (key, name) => native.GetStringRegKey('HKEY_LOCAL_MACHINE', key, name) };
}
