// vitest setupFiles (both projects): new key slots and account verifiers are derived with scrypt's
// lowest accepted cost (N = 2^14) instead of the production 2^17 — the suites derive thousands of
// keys and at ~0.8 s each that was most of their time on a two-core machine. What a slot or
// verifier holds and how it is checked do not change (its parameters travel with it). The tests
// that are about the production cost switch it back (vault.test.ts, postgres-accounts.test.ts).
import { useProductionScryptCost } from '../../src-main/core/vault/kdf';

useProductionScryptCost(false);
