// Saving a meeting's agenda. The caller orders, adds and removes the items she may see; items about
// a casus she may not see (withheld from her view) are untouchable: they are never deleted, moved
// among themselves, edited or named in an answer, whether she sends their placeholders back or not.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';
import type { agendaInput, Minutes } from '../../../src-shared/ipc/meetings';
import { visibleCase, visibleCaseIds, type AccessScope } from '../access/access';
import type { Actor } from '../handlers';
import { SignalEntity } from '../db/entities/casus';
import { AgendaItemEntity, MeetingEntity, type AgendaItem, type Meeting } from '../db/entities/meeting';
import { parseMinutes } from './meeting-view';
import { saveVersioned } from '../db/versioned';

type ItemInput = z.output<typeof agendaInput>['items'][number];

const hasContent = (minutes: Minutes) =>
  minutes.duiding.trim() !== '' ||
  minutes.inbreng.some((row) => row.tekst.trim()) ||
  minutes.besluiten.some((row) => row.tekst.trim()) ||
  minutes.acties.some((row) => row.omschrijving.trim());

const invalidItem = (position: number, field: string, key: string) =>
  new AppError('INVALID_INPUT', undefined, { [`items.${position}.${field}`]: { key } });

/**
 * The new order: the caller's items in her order, with a slot for every hidden item — where she
 * sent its placeholder, or else at its old place. The hidden items fill those slots in their own
 * stored order, so among themselves nothing moves.
 */
export function mergeOrder<V>(
  sent: ({ hidden: true } | { hidden: false; item: V })[],
  hiddenInOrder: { position: number; sent: boolean }[],
): ({ hidden: true; index: number } | { hidden: false; item: V })[] {
  const sequence: ({ hidden: true } | { hidden: false; item: V })[] = [...sent];
  for (const item of hiddenInOrder) {
    if (!item.sent) sequence.splice(Math.min(item.position, sequence.length), 0, { hidden: true });
  }
  let next = 0;
  return sequence.map((entry) => (entry.hidden ? { hidden: true as const, index: next++ } : entry));
}

export async function saveAgenda(
  manager: EntityManager,
  scope: AccessScope,
  meeting: Meeting,
  items: ItemInput[],
  version: number | undefined,
  actor: Actor,
): Promise<void> {
  const current = (await manager.find(AgendaItemEntity, { where: { meetingId: meeting.id } })).sort(
    (a, b) => a.position - b.position || a.id - b.id,
  );
  const seen = await visibleCaseIds(
    manager,
    scope,
    current.map((item) => item.caseId).filter((id): id is number => id !== null),
  );
  const isHidden = (item: AgendaItem) => item.caseId !== null && !seen.has(item.caseId);
  const hidden = current.filter(isHidden);
  const byId = new Map(current.map((item) => [item.id, item]));

  // The agenda is part of the meeting's version: one save raises it, and an editor that loaded an
  // older one is refused before anything is written. Only the items the caller sees are compared.
  const agendaOf = (rows: { id?: number; title: string; plannedMinutes: number }[]) =>
    rows
      .filter((row) => row.id === undefined || !byId.has(row.id) || !isHidden(byId.get(row.id)!))
      .map((row) => ({ id: row.id ?? null, title: row.title, plannedMinutes: row.plannedMinutes }));
  await saveVersioned(manager, MeetingEntity, meeting.id, version, { updatedAt: actor.now.toISOString() }, actor, {
    wanted: { agenda: agendaOf(items) },
    stored: () => ({ agenda: agendaOf(current) }),
  });

  const ids = new Set<number>();
  for (const [position, item] of items.entries()) {
    if (item.id === undefined) continue;
    if (!byId.has(item.id)) throw new AppError('NOT_FOUND');
    if (ids.has(item.id)) throw invalidItem(position, 'id', 'validation.invalid');
    ids.add(item.id);
  }

  // Visible items left out are removed, unless typed minutes would be lost (they may be named: the
  // caller sees them).
  for (const item of current) {
    if (ids.has(item.id) || isHidden(item)) continue;
    if (hasContent(parseMinutes(item.minutes))) throw new AppError('ITEM_HAS_MINUTES', { title: item.title });
    await manager.delete(AgendaItemEntity, { id: item.id });
  }

  const order = mergeOrder<ItemInput>(
    items.map((item) =>
      item.id !== undefined && isHidden(byId.get(item.id)!)
        ? { hidden: true as const }
        : { hidden: false as const, item },
    ),
    hidden.map((item) => ({ position: current.indexOf(item), sent: ids.has(item.id) })),
  );
  // A casus is discussed in one item: a new item about a casus already on the agenda (as signaal,
  // as casus or as an open action) is refused rather than shown twice in the agenda and the minutes.
  const onAgenda = new Set(current.filter((item) => ids.has(item.id) || isHidden(item)).map((item) => item.caseId));
  const stamp = actor.now.toISOString();
  for (const [position, entry] of order.entries()) {
    if (entry.hidden) {
      // Only its place in the whole list follows from the others; nothing else of it changes.
      const item = hidden[entry.index]!;
      if (item.position !== position) await manager.update(AgendaItemEntity, { id: item.id }, { position });
      continue;
    }
    const inputIndex = items.indexOf(entry.item);
    await saveVisibleItem(manager, scope, meeting, entry.item, inputIndex, position, byId, onAgenda, stamp);
  }
}

async function saveVisibleItem(
  manager: EntityManager,
  scope: AccessScope,
  meeting: Meeting,
  item: ItemInput,
  inputIndex: number,
  position: number,
  byId: Map<number, AgendaItem>,
  onAgenda: Set<number | null>,
  stamp: string,
): Promise<void> {
  const existing = item.id === undefined ? undefined : byId.get(item.id);
  // An item already on the agenda keeps its kind, casus and signal: what the input says about
  // them is ignored.
  let caseId = existing ? existing.caseId : item.caseId;
  if (!existing && item.kind === 'signaal') {
    const signal =
      item.signalId === null ? null : await manager.findOne(SignalEntity, { where: { id: item.signalId } });
    // A signal about a casus the caller may not see answers like one that does not exist.
    const hiddenSignal =
      signal !== null &&
      signal.caseId !== null &&
      !(await visibleCaseIds(manager, scope, [signal.caseId])).has(signal.caseId);
    if (!signal || hiddenSignal) throw invalidItem(inputIndex, 'signalId', 'validation.required');
    caseId = signal.caseId;
  }
  if (!existing && item.kind !== 'overig' && caseId === null) {
    throw invalidItem(inputIndex, 'caseId', 'validation.required');
  }
  if (!existing && caseId !== null) {
    const casus = await visibleCase(manager, scope, caseId);
    if (onAgenda.has(caseId)) throw new AppError('CASE_ON_AGENDA', { number: casus.number });
    onAgenda.add(caseId);
  }
  await manager.save(AgendaItemEntity, {
    ...(existing ?? { minutes: '{}', spentSeconds: 0 }),
    meetingId: meeting.id,
    position,
    kind: existing ? existing.kind : item.kind,
    caseId,
    signalId: existing ? existing.signalId : item.kind === 'signaal' ? item.signalId : null,
    title: item.title,
    plannedMinutes: item.plannedMinutes,
    updatedAt: stamp,
  });
}
