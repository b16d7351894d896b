// The name this workstation gives the CTER server at log-in, for the audit (`werkplek`): the
// computer's host name, cut to what the server accepts (1–64 letters, digits, space and `._-`,
// starting with a letter or digit; server-sessions.ts `workstationName`).
import { hostname } from 'node:os';

const FALLBACK = 'Werkplek';

export function workstationName(name: string = hostname()): string {
  const cut = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]/gu, '-')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, 64)
    .trim();
  return cut === '' ? FALLBACK : cut;
}
