// Which uses of a session's token from another address than its log-in's have been audited by this
// process (server-sessions.ts `resolve`). One audit entry per session and address is enough to see
// a copied token; more would let whoever holds it fill the audit log. So each pair is audited once,
// at most PER_SESSION addresses per session (after that only the log line), and the memory is
// bounded: past MAX_SESSIONS the oldest session is forgotten (its next foreign use is audited again).
const PER_SESSION = 5;
const MAX_SESSIONS = 1_000;

export class ForeignClients {
  private readonly seen = new Map<string, Set<string>>();

  /** True the first time `address` is seen for `sessionId` (within the bounds): audit it. */
  first(sessionId: string, address: string): boolean {
    let addresses = this.seen.get(sessionId);
    if (!addresses) {
      if (this.seen.size >= MAX_SESSIONS) this.seen.delete(this.seen.keys().next().value as string);
      this.seen.set(sessionId, (addresses = new Set()));
    }
    if (addresses.has(address) || addresses.size >= PER_SESSION) return false;
    addresses.add(address);
    return true;
  }
}
