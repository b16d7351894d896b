// The background of one agenda item for whoever takes the minutes (issue 21 item 8): the signal it
// is about, the casus's latest wegingen and the besluiten of the last earlier meetings that had the
// casus on the agenda. Need-to-know: only for a casus the caller may see (the one access rule);
// a withheld or general item gets nothing. Earlier meetings only from the caller's regions.
// Answered by `meetings:item-context`, and put into the check-out package per item
// (checkout-package.ts) so a meeting's copy on a laptop answers it offline.
import { In, type EntityManager } from 'typeorm';
import type { ItemContext } from '../../../src-shared/ipc/meetings';
import { whereVisible, type AccessScope } from '../access/access';
import { CaseEntity, SignalEntity, WegingEntity } from '../db/entities/casus';
import { AgendaItemEntity, MeetingEntity, type AgendaItem, type Meeting } from '../db/entities/meeting';
import { parseMinutes } from './meeting-view';

/** How many wegingen and earlier meetings the notulist is shown: the latest, not the history. */
const LATEST = 2;

const NOTHING: ItemContext = { signal: null, wegingen: [], earlier: [] };

export async function itemContext(
  manager: EntityManager,
  scope: AccessScope,
  item: Pick<AgendaItem, 'caseId' | 'signalId'>,
  meeting: Pick<Meeting, 'datum'>,
): Promise<ItemContext> {
  if (item.caseId === null) return NOTHING;
  const casus = await whereVisible(
    manager.createQueryBuilder(CaseEntity, 'c').where('c.id = :caseId', { caseId: item.caseId }),
    'c',
    scope,
  ).getOne();
  if (!casus) return NOTHING;
  const signals = await manager.find(SignalEntity, {
    where: { caseId: casus.id },
    order: { ontvangen: 'DESC', id: 'DESC' },
  });
  const signal = signals.find((s) => s.id === item.signalId) ?? signals[0] ?? null;
  const wegingen = signals.length
    ? await manager.find(WegingEntity, {
        where: { signalId: In(signals.map((s) => s.id)) },
        order: { datum: 'DESC', id: 'DESC' },
        take: LATEST,
      })
    : [];
  // The last meetings before this one's day, in the caller's regions, that had the casus on their
  // agenda, the latest first: found through the casus's items (agenda_item_casus), never by reading
  // every earlier meeting of the regions (thousands of ids in an IN list).
  const before = scope.regionIds.length
    ? await manager
        .createQueryBuilder(MeetingEntity, 'm')
        .select(['m.id', 'm.title', 'm.datum', 'm.starttijd'])
        .where('m.regionId IN (:...regionIds)', { regionIds: scope.regionIds })
        .andWhere('m.datum < :datum', { datum: meeting.datum })
        .andWhere('EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND a.casus_id = :caseId)', {
          caseId: casus.id,
        })
        .orderBy('m.datum', 'DESC')
        .addOrderBy('m.starttijd', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .limit(LATEST)
        .getMany()
    : [];
  const items = before.length
    ? await manager.find(AgendaItemEntity, {
        where: { caseId: casus.id, meetingId: In(before.map((m) => m.id)) },
      })
    : [];
  const earlier = before.map((m) => ({
    meetingId: m.id,
    title: m.title,
    datum: m.datum,
    besluiten: items
      .filter((i) => i.meetingId === m.id)
      .flatMap((i) => parseMinutes(i.minutes).besluiten.map((b) => b.tekst.trim()))
      .filter((tekst) => tekst !== ''),
  }));
  return {
    signal: signal
      ? {
          ontvangen: signal.ontvangen,
          melderPartner: signal.melderPartner,
          ideologie: signal.ideologie,
          ernst: signal.ernst,
          omschrijving: signal.omschrijving,
        }
      : null,
    wegingen: wegingen.map((w) => ({ datum: w.datum, besluit: w.besluit, motivering: w.motivering })),
    earlier,
  };
}
