// `audit-verify`: walks the chain from its start by position and reports the first entry that does
// not fit (a gap in the positions, another previous hash, or a hash that is not its content's).
import type { EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import type { AuditVerification } from '../../../src-shared/ipc/audit';
import { AuditEntryEntity } from '../db/entities/audit-entry';
import { EMPTY, hashEntry, type Head } from './chain';

/**
 * Checks the linked entries of `manager`'s database in batches of `batchSize`. `seen`: the highest
 * head this process has seen linked; a chain that ends below it lost rows from its end, which the
 * chain itself cannot show.
 */
export async function verifyChain(manager: EntityManager, seen: Head, batchSize: number): Promise<AuditVerification> {
  const repository = manager.getRepository(AuditEntryEntity);
  let previous: Head = EMPTY;
  let checked = 0;
  for (;;) {
    const batch = await repository.find({
      where: { chainPosition: MoreThan(previous.position) },
      order: { chainPosition: 'ASC' },
      take: batchSize,
    });
    for (const entry of batch) {
      const { hash, id: _id, ...rest } = entry;
      const position = entry.chainPosition!;
      if (
        position !== previous.position + 1 ||
        entry.prevHash !== previous.hash ||
        hashEntry({ ...rest, chainPosition: position }) !== hash
      ) {
        return { ok: false, checked, firstBroken: { id: position, at: entry.at } };
      }
      previous = { position, hash };
      checked++;
    }
    if (batch.length < batchSize) break;
  }
  if (previous.position < seen.position) {
    return { ok: false, checked, firstBroken: { id: previous.position + 1, at: '' } };
  }
  return { ok: true, checked, firstBroken: null };
}
