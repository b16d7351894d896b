// What a copy sends at check-in (issue 19): the changes typed in it, each with the version stamp the
// server gave at check-out (`base`), so the server applies them only where nobody changed the same
// record meanwhile, and lists the others side by side (the server's side: core/meetings, contract
// `meetings:check-in` / `meetings:resolve-check-in` in src-shared/ipc/meetings.ts).
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { CopyState } from './offline-minutes';
import type { OpenCopy } from './offline-store';

/** The part of `meetings:checkout-package`'s answer the copy uses. */
export interface CheckoutPackage {
  lease: { id: string };
  meeting: MeetingView;
  base: Record<string, unknown>;
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
    changes: {
      items: view.items
        .filter((item) => state.changedItems.includes(item.id))
        .map((item) => ({ itemId: item.id, minutes: item.minutes, spentSeconds: item.spentSeconds })),
      ...(state.attendanceChanged ? { attendance: view.attendance } : {}),
      ...(state.adopted ? { adopted: state.adopted } : {}),
    },
  };
}

export function resolveInput(copy: OpenCopy, choices: unknown[]) {
  const pkg = copy.read<CheckoutPackage>('package')!;
  const state = copy.read<CopyState>('state')!;
  return { leaseId: pkg.lease.id, checkInKey: state.checkInKey!, choices };
}
