// The minutes of one agenda item as the screen edits them: new rows with client-made ids, the
// merge of core's answer into what is typed meanwhile, inserting a citation at the cursor, and
// how the item timer reads; and whom an extract can be made for.
import type { MeetingView, Minutes } from '../../../src-shared/ipc/meetings';

export type InbrengRow = Minutes['inbreng'][number];
export type BesluitRow = Minutes['besluiten'][number];
export type ActieRow = Minutes['acties'][number];

export const EMPTY_MINUTES: Minutes = { inbreng: [], duiding: '', besluiten: [], acties: [] };

let counter = 0;

/** A row id that core accepts (/^[a-z0-9-]{1,40}$/) and that stays unique within the session. */
export function newRowId(now: number = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `r-${now.toString(36)}-${counter.toString(36)}`;
}

export const newInbreng = (): InbrengRow => ({ id: newRowId(), partner: '', tekst: '', artikel: '' });
export const newBesluit = (): BesluitRow => ({ id: newRowId(), tekst: '', weging: null });
export const newActie = (): ActieRow => ({
  id: newRowId(),
  omschrijving: '',
  actiehouderPartner: '',
  actiehouderNaam: '',
  deadline: '',
  caseActionId: null,
});

/**
 * Core's answer to a save carries what only core sets (the casus action an actie became, the
 * weging of a besluit). Those are taken over by row id; the text stays as typed since the save,
 * so nothing typed in the meantime is overwritten.
 */
export function mergeSaved(draft: Minutes, saved: Minutes): Minutes {
  const acties = draft.acties.map((row) => {
    const fromCore = saved.acties.find((s) => s.id === row.id);
    return fromCore && fromCore.caseActionId !== row.caseActionId
      ? { ...row, caseActionId: fromCore.caseActionId }
      : row;
  });
  const besluiten = draft.besluiten.map((row) => {
    const fromCore = saved.besluiten.find((s) => s.id === row.id);
    const recorded = fromCore?.weging?.wegingId ? fromCore : null;
    // A recorded weging fixes the besluit's text too.
    return recorded && (recorded.weging?.wegingId !== row.weging?.wegingId || recorded.tekst !== row.tekst)
      ? { ...row, tekst: recorded.tekst, weging: recorded.weging }
      : row;
  });
  // Nothing new from core (the usual answer to a save): the same minutes, so no row renders again.
  const same = <T>(rows: T[], before: T[]) => rows.every((row, i) => row === before[i]);
  return same(acties, draft.acties) && same(besluiten, draft.besluiten) ? draft : { ...draft, acties, besluiten };
}

/** The text with `insert` placed over the selection [start, end); returns the new text and cursor. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  // A citation reads as its own words: a space where it would stick to the text around it.
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^[\s.,;:)]/.test(after) ? ' ' : '';
  const placed = `${lead}${insert}${trail}`;
  return { text: before + placed + after, cursor: before.length + lead.length + insert.length };
}

/** Where a citation goes: a field of the item's editor (its element id) and the selection in it. */
export interface CitationPlace {
  id: string;
  start: number;
  end: number;
}

/**
 * The minutes with `citation` placed in the field `place.id` names (`veld-duiding`, or a row's
 * `veld-inbreng-<row>-tekst|artikel`, `veld-besluit-<row>-tekst`, `veld-actie-<row>-omschrijving`),
 * the field it went to and the cursor right after it. An id that names no field of these minutes
 * (a row removed since) puts it at the end of the duiding, so a citation is never dropped.
 */
export function placeCitation(
  minutes: Minutes,
  place: CitationPlace,
  citation: string,
): { minutes: Minutes; id: string; cursor: number } {
  const next = structuredClone(minutes);
  let cursor = 0;
  const apply = (value: string, start = place.start, end = place.end) => {
    const placed = insertAt(value, start, end, citation);
    cursor = placed.cursor;
    return placed.text;
  };
  const [, kind, rowId, field] =
    /^veld-(inbreng|besluit|actie)-(.+)-(tekst|artikel|omschrijving)$/.exec(place.id) ?? [];
  const inbreng = kind === 'inbreng' ? next.inbreng.find((r) => r.id === rowId) : undefined;
  const besluit = kind === 'besluit' ? next.besluiten.find((r) => r.id === rowId) : undefined;
  const actie = kind === 'actie' ? next.acties.find((r) => r.id === rowId) : undefined;
  if (inbreng && (field === 'tekst' || field === 'artikel')) inbreng[field] = apply(inbreng[field]);
  else if (besluit && field === 'tekst') besluit.tekst = apply(besluit.tekst);
  else if (actie && field === 'omschrijving') actie.omschrijving = apply(actie.omschrijving);
  else {
    next.duiding = kind ? apply(next.duiding, Infinity, Infinity) : apply(next.duiding);
    return { minutes: next, id: 'veld-duiding', cursor };
  }
  return { minutes: next, id: place.id, cursor };
}

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function formatTimer(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Whether an actie row is complete enough for core to make it a casus action. */
export function actieComplete(row: ActieRow): boolean {
  return (
    row.omschrijving.trim().length >= 3 &&
    row.actiehouderPartner !== '' &&
    row.actiehouderNaam.trim().length >= 2 &&
    row.deadline !== ''
  );
}

/**
 * The partners an extract can be made for: invited, on the attendance list, or named in the
 * minutes (inbreng, actiehouder) — not every partner organisation there is. A partner that is only
 * on a casus of the agenda still gets its extract through core; when none is known, all are offered.
 */
export function extractPartners(
  meeting: Pick<MeetingView, 'invitedPartners' | 'attendance' | 'items'>,
  all: readonly { code: string; label: string }[],
): { code: string; label: string }[] {
  const named = new Set<string>([
    ...meeting.invitedPartners,
    ...meeting.attendance.map((a) => a.partner),
    ...meeting.items.flatMap((item) => [
      ...item.minutes.inbreng.map((row) => row.partner),
      ...item.minutes.acties.map((row) => row.actiehouderPartner),
    ]),
  ]);
  const chosen = all.filter((p) => named.has(p.code));
  return chosen.length > 0 ? chosen : [...all];
}
