// /overleggen/:id/notuleren — live minutes. Per agenda item: the sections of MinutesItemEditor,
// saved as they are typed (useItemAutosaves), an item timer (MinutesToolbar), keyboard shortcuts
// (minutesShortcuts) and, with Ctrl+K, a covenant citation inserted at the cursor (placeCitation).
// Once the minutes are vastgesteld the screen is read-only (corrections are addenda on the
// meeting page).
import { Alert, Box, List, ListItemButton, Skeleton, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { parseDutchDate } from '../../../src-shared/domain/format';
import type { AgendaItemView, MeetingView, Minutes } from '../../../src-shared/ipc/meetings';
import { staleVersionOf } from '../../../src-shared/ipc/version';
import { BridgeFailure, call, describeError } from '../../kit/bridge';
import { StaleNotice, type StaleState } from '../../kit/StaleNotice';
import { useCommands } from '../../kit/commands';
import { PageHeader } from '../../kit/PageHeader';
import { ItemContextPanel } from './ItemContextPanel';
import { itemTitle } from './labels';
import { mergeSaved, newActie, newBesluit, newInbreng, placeCitation } from './minutes';
import { MinutesItemEditor } from './MinutesItemEditor';
import { MinutesToolbar } from './MinutesToolbar';
import { minutesCommandFor } from './minutesShortcuts';
import { RecordWegingDialog } from './RecordWegingDialog';
import { heldWeging } from './heldDrafts';
import { heldItems, useItemAutosaves, type HeldItem, type ItemDraft } from './useItemAutosaves';
import { LeasePanel } from './LeasePanel';
import { useOfflineCopy } from './OfflineCopyPanel';
import { useLeasedByOther, useMeeting, useMeetingLease } from './useMeeting';

export function MinutesPage() {
  const { t } = useTranslation();
  const id = Number(useParams()['id']);
  const meeting = useMeeting(id);
  // The lease decides what may be typed: wait for it, so the page does not turn read-only later.
  const lease = useMeetingLease(id);
  if (meeting.isPending || lease.isLoading) return <Skeleton variant="rectangular" height={400} />;
  if (meeting.isError) return <Alert severity="error">{describeError(t, meeting.error)}</Alert>;
  // The drafts start from what core stored when the screen opened; later they are the truth.
  return <MinutesScreen key={meeting.data.id} meeting={meeting.data} />;
}

/** What core stored, or what was typed here before a lock and held over it. */
const draftsOf = (items: AgendaItemView[], held: Record<number, HeldItem>) =>
  Object.fromEntries(
    items.map((item) => [item.id, held[item.id]?.draft ?? { minutes: item.minutes, spentSeconds: item.spentSeconds }]),
  ) as Record<number, ItemDraft>;

function MinutesScreen({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const commands = useCommands();
  // Read-only once vastgesteld, and while someone else has the meeting checked out.
  const leasedByOther = useLeasedByOther(meeting.id);
  const readOnly = meeting.status === 'vastgesteld' || leasedByOther;
  // Checked out to this workstation: the minutes are saved in the copy here until the check-in.
  const keptHere = useOfflineCopy(meeting.id) !== undefined;
  const items = meeting.items;
  // Typed here before a lock and not saved then: back in the fields, and saved again below.
  const [held] = useState(() => heldItems(items.map((i) => i.id)));
  const [drafts, setDrafts] = useState(() => draftsOf(items, held));
  // A weging dialog with fields held over the lock: its item shown and the dialog open again.
  const [reopened] = useState(() => heldWeging(items.map((i) => ({ id: i.id, minutes: drafts[i.id]!.minutes }))));
  const [index, setIndex] = useState(reopened?.index ?? 0);
  const [deadlines, setDeadlines] = useState<Record<string, string>>({});
  const [running, setRunning] = useState(false);
  const [weging, setWeging] = useState<string | null>(reopened?.besluitId ?? null);
  // The item's background (signal, weging, earlier besluiten): open until the notulist folds it.
  const [contextOpen, setContextOpen] = useState(true);
  const cursor = useRef<{ id: string; start: number; end: number } | null>(null);
  const item = items[Math.min(index, items.length - 1)];
  const draft = item ? drafts[item.id] : undefined;

  const queryClient = useQueryClient();
  const onSaved = useCallback(
    (itemId: number, saved: AgendaItemView) => {
      setDrafts((current) => {
        const mine = current[itemId];
        if (!mine) return current;
        const merged = mergeSaved(mine.minutes, saved.minutes);
        return merged === mine.minutes ? current : { ...current, [itemId]: { ...mine, minutes: merged } };
      });
      // The copy here now holds minutes the server does not have: its line says so (and removing
      // it asks first).
      if (keptHere) void queryClient.invalidateQueries({ queryKey: ['offline:list'] });
    },
    [keptHere, queryClient],
  );
  // A save refused because someone else saved the item in between: per item, what was typed.
  const [staleItems, setStaleItems] = useState<Record<number, StaleState<ItemDraft>>>({});
  const onStale = useCallback((itemId: number, error: unknown, sent: ItemDraft) => {
    const details = staleVersionOf(error instanceof BridgeFailure ? error.error : null);
    if (details) setStaleItems((current) => ({ ...current, [itemId]: { details, draft: sent, reloaded: false } }));
  }, []);
  const [loadedVersions] = useState(() => Object.fromEntries(items.map((i) => [i.id, i.version])));
  const autosaves = useItemAutosaves(onSaved, loadedVersions, onStale);
  const { resume, change: autosaveChange } = autosaves;
  useEffect(() => resume(held), [held, resume]);

  // Every change of an item goes through here: into the draft and to its autosave. Its identity
  // lasts over renders (and so do the callbacks below): the editor's rows are memoised on them.
  const update = useCallback(
    (itemId: number, change: (draft: ItemDraft) => ItemDraft) => {
      if (readOnly) return;
      setDrafts((current) => {
        const next = change(current[itemId]!);
        autosaveChange(itemId, next);
        return { ...current, [itemId]: next };
      });
    },
    [autosaveChange, readOnly],
  );
  const itemId = item?.id;
  const changeMinutes = useCallback(
    (change: (minutes: Minutes) => Minutes) => {
      if (itemId !== undefined) update(itemId, (d) => ({ ...d, minutes: change(d.minutes) }));
    },
    [itemId, update],
  );

  // The item timer: counts while running; saved when it stops (and with every text save).
  useEffect(() => {
    if (!running || !item || readOnly) return;
    const timer = setInterval(() => {
      setDrafts((current) => {
        const mine = current[item.id]!;
        return { ...current, [item.id]: { ...mine, spentSeconds: mine.spentSeconds + 1 } };
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [running, item, readOnly]);
  const toggleTimer = useCallback(() => {
    if (!item || readOnly) return;
    if (running) update(item.id, (d) => d);
    setRunning(!running);
  }, [item, readOnly, running, update]);

  const go = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(items.length - 1, to));
      if (next === index) return;
      if (running && item) update(item.id, (d) => d);
      setRunning(false);
      cursor.current = null;
      setIndex(next);
      requestAnimationFrame(() => document.getElementById('punt-kop')?.focus());
    },
    [index, item, items.length, running, update],
  );

  const addRow = useCallback(
    (kind: 'inbreng' | 'besluiten' | 'acties') => {
      if (!item || readOnly) return;
      const row = kind === 'inbreng' ? newInbreng() : kind === 'besluiten' ? newBesluit() : newActie();
      update(item.id, (d) => ({ ...d, minutes: { ...d.minutes, [kind]: [...d.minutes[kind], row] } }));
      const field =
        kind === 'inbreng'
          ? `veld-inbreng-${row.id}-tekst`
          : kind === 'besluiten'
            ? `veld-besluit-${row.id}-tekst`
            : `veld-actie-${row.id}-omschrijving`;
      requestAnimationFrame(() => document.getElementById(field)?.focus());
    },
    [item, readOnly, update],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = minutesCommandFor(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'next') go(index + 1);
      else if (command === 'previous') go(index - 1);
      else if (command === 'timer') toggleTimer();
      else addRow(command === 'actie' ? 'acties' : command === 'besluit' ? 'besluiten' : 'inbreng');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addRow, go, index, toggleTimer]);

  // Ctrl+K's citation lands at the cursor of the field last typed in (else at the end of the duiding).
  const target = useMemo(
    () => ({
      insert(citation: string) {
        if (!item) return;
        const where = cursor.current ?? { id: 'veld-duiding', start: Infinity, end: Infinity };
        let placed = { id: where.id, cursor: 0 };
        update(item.id, (d) => {
          const result = placeCitation(d.minutes, where, citation);
          placed = result;
          return { ...d, minutes: result.minutes };
        });
        // After the dialog has given the focus back: the cursor goes right after the citation.
        setTimeout(() => {
          const field = document.getElementById(placed.id) as HTMLTextAreaElement | null;
          field?.focus();
          field?.setSelectionRange(placed.cursor, placed.cursor);
          cursor.current = { id: placed.id, start: placed.cursor, end: placed.cursor };
        }, 50);
      },
    }),
    [item, update],
  );
  useEffect(() => (readOnly ? undefined : commands.registerCitationTarget(target)), [commands, readOnly, target]);

  const onCursor = useCallback((event: React.SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    cursor.current = {
      id: field.id,
      start: field.selectionStart ?? field.value.length,
      end: field.selectionEnd ?? field.value.length,
    };
  }, []);
  const onDeadline = useCallback(
    (rowId: string, text: string) => {
      setDeadlines((current) => ({ ...current, [rowId]: text }));
      const iso = parseDutchDate(text) ?? '';
      changeMinutes((minutes) => ({
        ...minutes,
        acties: minutes.acties.map((r) => (r.id === rowId ? { ...r, deadline: iso } : r)),
      }));
    },
    [changeMinutes],
  );
  const toggleContext = useCallback(() => setContextOpen((open) => !open), []);

  return (
    <>
      <PageHeader
        title={t('meetings.minutes.title', { title: meeting.title })}
        intro={
          leasedByOther
            ? t('meetings.lease.readOnly')
            : readOnly
              ? t('meetings.minutes.readOnly')
              : t('meetings.minutes.intro')
        }
        back={{ to: `/overleggen/${meeting.id}`, label: t('meetings.minutes.back') }}
      />
      <LeasePanel meeting={meeting} offerCheckOut={false} />
      {items.length === 0 ? <Alert severity="info">{t('meetings.minutes.noItems')}</Alert> : null}
      {item && draft ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '280px 1fr' }, gap: 3, alignItems: 'start' }}>
          <Box component="nav" aria-labelledby="agendapunten-kop">
            <Typography variant="h2" id="agendapunten-kop" sx={{ fontSize: '1.125rem', mb: 1 }}>
              {t('meetings.minutes.items')}
            </Typography>
            <AgendaList items={items} index={index} onGo={go} />
          </Box>
          <Box sx={{ minWidth: 0, maxWidth: 1000 }}>
            <MinutesToolbar
              index={index}
              total={items.length}
              onGo={go}
              spentSeconds={draft.spentSeconds}
              plannedMinutes={item.plannedMinutes}
              running={running}
              onToggleTimer={toggleTimer}
              readOnly={readOnly}
              save={{
                state: autosaves.states[item.id],
                onRetry: () => void autosaves.flush(item.id),
                local: keptHere,
              }}
            />
            <Typography variant="h2" id="punt-kop" tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
              {t('meetings.minutes.itemHeading', { n: index + 1, total: items.length, title: itemTitle(t, item) })}
            </Typography>
            {item.withheld ? (
              <Alert severity="info">{t('meetings.minutes.withheld')}</Alert>
            ) : (
              <>
                {item.casus ? (
                  <ItemContextPanel
                    // Not the editor's key: two siblings with one key made React keep an old panel.
                    key={`achtergrond-${item.id}`}
                    itemId={item.id}
                    open={contextOpen}
                    onToggle={toggleContext}
                  />
                ) : null}
                <StaleNotice
                  stale={{
                    state: staleItems[item.id] ?? null,
                    caught: () => false,
                    reloaded: () =>
                      setStaleItems((current) => {
                        const mine = current[item.id];
                        return mine ? { ...current, [item.id]: { ...mine, reloaded: true } } : current;
                      }),
                    clear: () =>
                      setStaleItems((current) => {
                        const { [item.id]: _gone, ...rest } = current;
                        return rest;
                      }),
                  }}
                  labels={{
                    inbreng: t('meetings.minutes.inbreng'),
                    duiding: t('meetings.minutes.duiding'),
                    besluiten: t('meetings.minutes.besluiten'),
                    acties: t('meetings.minutes.acties'),
                  }}
                  show={(sent) => ({
                    inbreng: sent.minutes.inbreng.map((row) => row.tekst).join('\n'),
                    duiding: sent.minutes.duiding,
                    besluiten: sent.minutes.besluiten.map((row) => row.tekst).join('\n'),
                    acties: sent.minutes.acties.map((row) => row.omschrijving).join('\n'),
                  })}
                  onReload={async () => {
                    const latest = await call('meetings:get', { id: meeting.id });
                    queryClient.setQueryData(['meetings:get', { id: meeting.id }], latest);
                    const fresh = latest.items.find((i) => i.id === item.id);
                    if (!fresh) return;
                    autosaves.setVersion(item.id, fresh.version);
                    setDrafts((current) => ({
                      ...current,
                      [item.id]: { minutes: fresh.minutes, spentSeconds: fresh.spentSeconds },
                    }));
                  }}
                  onReapply={(sent) => update(item.id, (d) => ({ ...d, minutes: sent.minutes }))}
                />
                <MinutesItemEditor
                  key={item.id}
                  item={item}
                  minutes={draft.minutes}
                  readOnly={readOnly}
                  onChange={changeMinutes}
                  deadlines={deadlines}
                  onDeadline={onDeadline}
                  onRecordWeging={setWeging}
                  onAddRow={addRow}
                  onCursor={onCursor}
                />
              </>
            )}
          </Box>
        </Box>
      ) : null}
      {weging && item ? (
        <RecordWegingDialog
          item={item}
          besluitId={weging}
          besluit={draft?.minutes.besluiten.find((b) => b.id === weging) ?? null}
          flush={() => autosaves.flush(item.id)}
          onRecorded={(saved) => onSaved(item.id, saved)}
          onClose={() => setWeging(null)}
        />
      ) : null}
    </>
  );
}

/** The agenda beside the minutes: memoised, so a key typed in an item does not render it again. */
const AgendaList = memo(function AgendaList({
  items,
  index,
  onGo,
}: {
  items: AgendaItemView[];
  index: number;
  onGo: (to: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <List
      component="ol"
      dense
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', p: 0 }}
    >
      {items.map((it, i) => (
        <li key={it.id}>
          <ListItemButton
            selected={i === index}
            aria-current={i === index ? 'step' : undefined}
            onClick={() => onGo(i)}
          >
            {t('meetings.minutes.itemEntry', { n: i + 1, title: itemTitle(t, it) })}
          </ListItemButton>
        </li>
      ))}
    </List>
  );
});
