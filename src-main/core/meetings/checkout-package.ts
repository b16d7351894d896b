// What check-out hands over to the lease holder's workstation (issue 19, `meetings:checkout-package`):
// the meeting as `meetings:get` shows it to the holder (items of casussen they may not see
// withheld), the visible casussen of its items, their open actions, each visible casus item's
// background (`meetings:item-context`'s answer, so the minutes screen shows it offline), and the
// version of every record the minutes may change. Need-to-know as the channels apply it: a
// withheld or general item has no background in the package. The covenant is not sent: it is on
// every workstation already. Check-in is check-in.ts.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import type { FollowUpAction } from '../../../src-shared/ipc/meetings';
import type { CheckoutPackage } from '../../../src-shared/ipc/meeting-check-out';
import { visibleSql, type AccessScope } from '../access/access';
import { join, query, sql } from '../db/sql';
import { itemContext } from './item-context';
import { formatInZone, type MeetingLeases } from './lease';
import { buildMeetingView, visibleMeeting } from './meeting-view';

/** What the holder's workstation takes offline (the caller must hold the meeting's lease). */
export async function checkoutPackage(
  manager: EntityManager,
  leases: MeetingLeases,
  scope: AccessScope,
  meetingId: number,
  now: Date,
): Promise<CheckoutPackage> {
  const meeting = await visibleMeeting(manager, scope, meetingId);
  const lease = await leases.active(manager, meetingId);
  if (!lease) throw new AppError('NOT_FOUND');
  if (lease.accountId !== scope.accountId) {
    throw new AppError('MEETING_CHECKED_OUT', { naam: lease.displayName, tot: formatInZone(lease.expiresAt) });
  }
  const view = await buildMeetingView(manager, scope, meeting, now);
  const caseIds = [...new Set(view.items.flatMap((item) => (item.casus ? [item.casus.id] : [])))];
  const cases = caseIds.length
    ? await query<CheckoutPackage['cases'][number]>(
        manager,
        sql`SELECT c.id AS "id", c.number AS "number", p.naam AS "naam", c.state AS "state", c.region_id AS "regionId",
                   c.afgeschermd AS "afgeschermd"
            FROM casus c JOIN person p ON p.id = c.person_id
            WHERE c.id IN (${join(
              caseIds.map((id) => sql`${id}`),
              ', ',
            )}) AND ${visibleSql(scope, 'c')}
            ORDER BY c.number`,
      )
    : [];
  const shown = cases.map((c) => c.id);
  const openActions = shown.length
    ? await query<Omit<FollowUpAction, 'meeting'>>(
        manager,
        sql`SELECT ac.id AS "id", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam", ac.omschrijving AS "omschrijving",
                   ac.actiehouder_partner AS "actiehouderPartner", ac.actiehouder_naam AS "actiehouderNaam",
                   ac.deadline AS "deadline", ac.status AS "status"
            FROM casus_action ac JOIN casus c ON c.id = ac.casus_id JOIN person p ON p.id = c.person_id
            WHERE c.id IN (${join(
              shown.map((id) => sql`${id}`),
              ', ',
            )}) AND ac.status IN ('open', 'lopend')
              AND ${visibleSql(scope, 'c')}
            ORDER BY ac.deadline ASC, ac.id ASC`,
      )
    : [];
  const linked = view.items.flatMap((item) =>
    item.minutes.acties.flatMap((row) => (row.caseActionId ? [row.caseActionId] : [])),
  );
  const actionVersions = linked.length
    ? await query<{ id: number; version: number }>(
        manager,
        sql`SELECT id AS "id", version AS "version" FROM casus_action WHERE id IN (${join(
          linked.map((id) => sql`${id}`),
          ', ',
        )})`,
      )
    : [];
  // Each visible casus item's background, as meetings:item-context gives it to the holder now.
  const contexts: CheckoutPackage['contexts'] = {};
  const visible = new Set(shown.map(Number));
  for (const item of view.items) {
    if (!item.casus || item.withheld || !visible.has(item.casus.id)) continue;
    const about = { caseId: item.casus.id, signalId: item.signalId };
    contexts[String(item.id)] = await itemContext(manager, scope, about, meeting);
  }
  return {
    lease: { ...leases.view(lease, scope.accountId), id: lease.id },
    meeting: view,
    cases: cases.map((c) => ({
      ...c,
      id: Number(c.id),
      regionId: Number(c.regionId),
      afgeschermd: Boolean(c.afgeschermd),
    })),
    openActions: openActions.map((a) => ({ ...a, id: Number(a.id), caseId: Number(a.caseId), meeting: null })),
    base: {
      meeting: view.version,
      items: Object.fromEntries(view.items.map((item) => [String(item.id), item.version])),
      actions: Object.fromEntries(actionVersions.map((a) => [String(a.id), Number(a.version)])),
    },
    contexts,
    madeAt: now.toISOString(),
  };
}
