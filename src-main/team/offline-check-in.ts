// What a copy sends at check-in (issue 19): the changes typed in it, each with the version stamp the
// server gave at check-out (the package's `base`), so the server applies them only where nobody
// changed the same record meanwhile, and lists the others side by side (the server's side:
// core/meetings/check-in.ts; contract `meetings:check-in` / `meetings:resolve-check-in`).
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { CheckInChanges, CheckoutPackage } from '../../src-shared/ipc/meeting-check-out';
import type { OfflineCheckInChoice } from '../../src-shared/ipc/offline';
import { detailsOf, type CopyState } from './offline-minutes';
import type { OpenCopy } from './offline-store';

export type { CheckoutPackage };

/** The changes of the copy against the package it was made from. */
export function changesOf(pkg: CheckoutPackage, view: MeetingView, state: CopyState): CheckInChanges {
  const items = view.items
    .filter((item) => state.changedItems.includes(item.id))
    .map((item) => ({
      itemId: item.id,
      title: item.title,
      minutes: item.minutes,
      spentSeconds: item.spentSeconds,
      base: pkg.base.items[String(item.id)] ?? 1,
    }));
  // The casus actions the sent rows became online before the check-out: with their version then.
  const actionIds = new Set(
    items.flatMap((item) => item.minutes.acties.flatMap((row) => (row.caseActionId ? [row.caseActionId] : []))),
  );
  const actions = [...actionIds].flatMap((id) => {
    const base = pkg.base.actions[String(id)];
    return base === undefined ? [] : [{ id, base }];
  });
  const meeting = state.attendanceChanged
    ? {
        details: detailsOf(view),
        attendance: view.attendance,
        base: pkg.base.meeting,
      }
    : null;
  return {
    meeting,
    items,
    actions,
    agenda: Object.keys(pkg.base.items).map(Number),
    adopted: state.adopted !== null,
  };
}

export function checkInInput(copy: OpenCopy) {
  const pkg = copy.read<CheckoutPackage>('package')!;
  const view = copy.read<MeetingView>('view')!;
  const state = copy.read<CopyState>('state')!;
  return {
    leaseId: pkg.lease.id,
    checkInKey: state.checkInKey!,
    offlineFrom: state.offlineFrom ?? state.checkedOutAt,
    offlineUntil: state.offlineUntil ?? state.checkedOutAt,
    changes: changesOf(pkg, view, state),
  };
}

export function resolveInput(copy: OpenCopy, choices: OfflineCheckInChoice[]) {
  const pkg = copy.read<CheckoutPackage>('package')!;
  const state = copy.read<CopyState>('state')!;
  return { leaseId: pkg.lease.id, checkInKey: state.checkInKey!, choices };
}
