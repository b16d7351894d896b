// The administrator's policy (issue 23): settings an IT department fixes for every user of a
// workstation, from a machine-wide source main reads (Linux /etc/cter-werkplaats/policy.json,
// Windows HKLM\SOFTWARE\Policies\CTER Werkplaats; src-main/electron/admin-policy.ts). The keys
// are the JSON keys and the registry value names alike (build/policy/*.admx writes them). Each
// value is checked on its own: a bad one is left out and reported, the others still hold, and
// nothing here ever throws. Pure, so core, main and the renderer share one definition.
import { z } from 'zod';
import { LOCALES, type Locale } from './locale';
import { normaliseFingerprint, parseServerAddress, type ServerAddress } from './server-address';

export const ADMIN_POLICY_KEYS = [
  'DataFolder',
  'IdleLockMinutes',
  'ServerAddress',
  'ServerFingerprint',
  'ClientCertificateFile',
  'ClientKeyFile',
  'Language',
  'OfferDemo',
  'RetentionMinimumYears',
] as const;
export type AdminPolicyKey = (typeof ADMIN_POLICY_KEYS)[number];

export interface AdminPolicy {
  /** Where the settings file and the database live (an absolute path). */
  dataFolder?: string;
  idleLockMinutes?: number;
  /** Team mode: the CTER server and its pinned certificate (both, or neither). */
  server?: ServerAddress & { fingerprint: string };
  /**
   * Team mode with registered workstations only: this workstation's client certificate and its
   * private key (PEM files IT installed; both, or neither).
   */
  clientCertificate?: { certificateFile: string; keyFile: string };
  language?: Locale;
  offerDemo?: boolean;
  /** The retention period may not be set below this many years. */
  retentionMinimumYears?: number;
}

/**
 * Why a value was left out: `invalid` (not this setting's form), `incomplete` (a server without its
 * fingerprint or the other way round), `unknown` (no such setting), `unreadable` (the whole source,
 * e.g. policy.json that is not JSON; `key` is then the file or registry key).
 */
export interface AdminPolicyProblem {
  key: string;
  reason: 'invalid' | 'incomplete' | 'unknown' | 'unreadable';
}

export interface AdminPolicyResult {
  policy: AdminPolicy;
  problems: AdminPolicyProblem[];
}

// A registry value is a string (REG_SZ) or a number (REG_DWORD); JSON gives numbers and booleans.
const wholeNumber = (min: number, max: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{1,4}$/)
        .transform(Number),
    ])
    .pipe(z.number().int().min(min).max(max));
const yesNo = z.union([
  z.boolean(),
  z.literal(1).transform(() => true),
  z.literal(0).transform(() => false),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['1', '0', 'true', 'false', 'ja', 'nee', 'yes', 'no']))
    .transform((value) => ['1', 'true', 'ja', 'yes'].includes(value)),
]);
const absolutePath = z
  .string()
  .trim()
  .min(2)
  .max(400)
  .refine((path) => path.startsWith('/') || /^[a-z]:[\\/]/i.test(path) || path.startsWith('\\\\'), 'absolute')
  .refine((path) => !/[\0]/.test(path) && !/(^|[\\/])\.\.([\\/]|$)/.test(path), 'plain');

const FIELDS = {
  DataFolder: absolutePath,
  IdleLockMinutes: wholeNumber(1, 60),
  ServerAddress: z.string().trim().min(1).max(300),
  ServerFingerprint: z.string().trim().min(1).max(200),
  ClientCertificateFile: absolutePath,
  ClientKeyFile: absolutePath,
  Language: z.string().trim().toLowerCase().pipe(z.enum(LOCALES)),
  OfferDemo: yesNo,
  RetentionMinimumYears: wholeNumber(1, 20),
} satisfies Record<AdminPolicyKey, z.ZodType>;

const isKey = (key: string): key is AdminPolicyKey => (ADMIN_POLICY_KEYS as readonly string[]).includes(key);

/** The policy in `raw` (key -> value as stored), each bad value left out and named in `problems`. */
export function parseAdminPolicy(raw: Readonly<Record<string, unknown>>): AdminPolicyResult {
  const policy: AdminPolicy = {};
  const problems: AdminPolicyProblem[] = [];
  const valid: Partial<Record<AdminPolicyKey, unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue;
    if (!isKey(key)) {
      problems.push({ key, reason: 'unknown' });
      continue;
    }
    const parsed = FIELDS[key].safeParse(value);
    if (parsed.success) valid[key] = parsed.data;
    else problems.push({ key, reason: 'invalid' });
  }
  if (valid.DataFolder !== undefined) policy.dataFolder = valid.DataFolder as string;
  if (valid.IdleLockMinutes !== undefined) policy.idleLockMinutes = valid.IdleLockMinutes as number;
  if (valid.Language !== undefined) policy.language = valid.Language as Locale;
  if (valid.OfferDemo !== undefined) policy.offerDemo = valid.OfferDemo as boolean;
  if (valid.RetentionMinimumYears !== undefined) policy.retentionMinimumYears = valid.RetentionMinimumYears as number;
  serverOf(valid, problems, policy);
  clientCertificateOf(valid, problems, policy);
  return { policy, problems };
}

/** The client certificate and its key: one without the other cannot be used. */
function clientCertificateOf(
  valid: Partial<Record<AdminPolicyKey, unknown>>,
  problems: AdminPolicyProblem[],
  policy: AdminPolicy,
): void {
  const certificateFile = valid.ClientCertificateFile as string | undefined;
  const keyFile = valid.ClientKeyFile as string | undefined;
  if (certificateFile && keyFile) policy.clientCertificate = { certificateFile, keyFile };
  else if (certificateFile) problems.push({ key: 'ClientKeyFile', reason: 'incomplete' });
  else if (keyFile) problems.push({ key: 'ClientCertificateFile', reason: 'incomplete' });
}

function serverOf(
  valid: Partial<Record<AdminPolicyKey, unknown>>,
  problems: AdminPolicyProblem[],
  policy: AdminPolicy,
): void {
  const typed = valid.ServerAddress as string | undefined;
  const pinned = valid.ServerFingerprint as string | undefined;
  const address = typed === undefined ? undefined : parseServerAddress(typed);
  const fingerprint = pinned === undefined ? undefined : normaliseFingerprint(pinned);
  if (address === null) problems.push({ key: 'ServerAddress', reason: 'invalid' });
  if (fingerprint === null) problems.push({ key: 'ServerFingerprint', reason: 'invalid' });
  if (address === null || fingerprint === null) return;
  if (address && fingerprint) {
    policy.server = { ...address, fingerprint };
    return;
  }
  // One without the other cannot be used: a server is only trusted with its pinned certificate.
  if (address) problems.push({ key: 'ServerFingerprint', reason: 'incomplete' });
  if (fingerprint) problems.push({ key: 'ServerAddress', reason: 'incomplete' });
}

/** The settings the renderer shows as *Beheerd door uw organisatie*. */
export type ManagedSetting = 'dataFolder' | 'idleMinutes' | 'server' | 'language' | 'demo' | 'retentionMinimum';

export function managedSettings(policy: AdminPolicy): ManagedSetting[] {
  const managed: ManagedSetting[] = [];
  if (policy.dataFolder !== undefined) managed.push('dataFolder');
  if (policy.idleLockMinutes !== undefined) managed.push('idleMinutes');
  if (policy.server !== undefined) managed.push('server');
  if (policy.language !== undefined) managed.push('language');
  if (policy.offerDemo !== undefined) managed.push('demo');
  if (policy.retentionMinimumYears !== undefined) managed.push('retentionMinimum');
  return managed;
}
