// The agenda as the planning screen edits it: moving an item up or down (by keyboard or button)
// or to another place (by dragging), and the input core's meetings:save-agenda expects.
import type { AgendaItemView, agendaInput } from '../../../src-shared/ipc/meetings';
import type { z } from 'zod';

export type AgendaEntry = z.input<typeof agendaInput>['items'][number];

/** The list with the item at `from` moved by `by` places (clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + by));
  const next = [...items];
  if (from < 0 || from >= items.length || to === from) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** The list with the item at `from` moved to place `to` (where it ends up; clamped to the list). */
export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  return moveItem(items, from, to - from);
}

/** The current agenda as core's input (existing items keep their id, and so their minutes). */
export function agendaEntries(items: readonly AgendaItemView[]): AgendaEntry[] {
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    caseId: item.casus?.id ?? null,
    signalId: item.signalId,
    title: item.title,
    plannedMinutes: item.plannedMinutes,
  }));
}
