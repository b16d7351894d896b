// The agenda: cases and signals (from the suggestions or a search), and other items; reordered
// by dragging (native HTML5 drag and drop), with the buttons or Alt+↑/Alt+↓ on a focused item,
// removed while they have no minutes. Every move is announced in a polite live region and saved at
// once (core keeps the minutes of items that stay, and refuses to drop typed minutes). An item
// withheld from this user (its casus is afgeschermd) can be passed by, not removed.
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DragIndicatorOutlined from '@mui/icons-material/DragIndicatorOutlined';
import { Autocomplete, Box, Button, Chip, IconButton, List, ListItem, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { AgendaSuggestion, MeetingView } from '../../../src-shared/ipc/meetings';
import type { SearchRow } from '../../../src-shared/ipc/search';
import { call, useBridgeQuery } from '../../kit/bridge';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { meetingFieldLabels } from './staleLabels';
import { FormAlert } from '../../kit/forms';
import { useDebounced } from '../../kit/useDebounced';
import { agendaEntries, moveTo, type AgendaEntry } from './agenda';
import { itemTitle } from './labels';
import { useLeasedByOther, useMeetingMutation } from './useMeeting';
import { visuallyHidden } from '../../kit/visuallyHidden';
import { Part } from '../../kit/Part';

export function AgendaSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  // Read-only once vastgesteld, and while someone else has the meeting checked out.
  const leasedByOther = useLeasedByOther(meeting.id);
  const readOnly = meeting.status === 'vastgesteld' || leasedByOther;
  // Where the focus goes once core has the new order: the moved item's button (the list is
  // re-rendered, and a button disabled while saving would lose it).
  const focusAfter = useRef<string | null>(null);
  // The agenda shown is the meeting as last read: its version goes with every change, so a change
  // made on an agenda someone else has changed since is refused, not saved over theirs.
  const save = useMeetingMutation(meeting.id, (items: AgendaEntry[]) =>
    call('meetings:save-agenda', { id: meeting.id, items, version: meeting.version }),
  );
  const stale = useStaleVersion(null);
  const queryClient = useQueryClient();
  // A keyboard move pressed while the last one is still being saved (Alt+↑ twice in a row): kept,
  // summed per item, and made once core has answered, on the order and version it answered with.
  const queuedMove = useRef<{ itemId: number; by: number } | null>(null);
  // A refused save (changed elsewhere, no connection) ends the sequence: a move queued behind it was
  // meant for the order the user saw, and is not made on whatever core has now.
  const failed = {
    onError: (error: unknown) => {
      queuedMove.current = null;
      void stale.caught(error);
    },
  };
  useEffect(() => {
    if (save.isPending || !focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [save.isPending, meeting]);
  const entries = agendaEntries(meeting.items);
  // What the live region says after a move (screen readers hear where the item went).
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const relocate = (from: number, to: number, focus: string | null) => {
    const clamped = Math.max(0, Math.min(entries.length - 1, to));
    if (clamped === from || save.isPending) return;
    focusAfter.current = focus;
    setAnnouncement(
      t('meetings.agenda.moved', {
        title: itemTitle(t, meeting.items[from]!),
        place: clamped + 1,
        count: entries.length,
      }),
    );
    save.mutate(moveTo(entries, from, clamped), failed);
  };
  const move = (index: number, by: number) => {
    if (save.isPending) {
      const itemId = meeting.items[index]!.id;
      const before = queuedMove.current?.itemId === itemId ? queuedMove.current.by : 0;
      queuedMove.current = { itemId, by: before + by };
      return;
    }
    const to = Math.max(0, Math.min(entries.length - 1, index + by));
    // At the top or bottom that button is disabled: the other one keeps the focus.
    const direction = to === 0 ? 'neer' : to === entries.length - 1 ? 'op' : by < 0 ? 'op' : 'neer';
    relocate(index, to, `agendapunt-${meeting.items[index]!.id}-${direction}`);
  };
  // After every render: a queued move goes once the save before it is done (meeting is then core's answer).
  useEffect(() => {
    const queued = queuedMove.current;
    if (save.isPending || !queued) return;
    queuedMove.current = null;
    const index = meeting.items.findIndex((item) => item.id === queued.itemId);
    if (index >= 0) move(index, queued.by);
  });
  const remove = (index: number) => {
    focusAfter.current = 'agenda-kop';
    save.mutate(
      entries.filter((_, i) => i !== index),
      failed,
    );
  };
  const add = (entry: AgendaEntry) => {
    focusAfter.current = null;
    save.mutate([...entries, entry], failed);
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1);
  };
  const endDrag = () => {
    setDragging(null);
    setDropTarget(null);
  };
  // Dropped on an item, the dragged item takes that item's place.
  const dragHandlers = (index: number) => ({
    draggable: !save.isPending,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(meeting.items[index]!.id));
      setDragging(index);
    },
    onDragOver: (event: DragEvent) => {
      if (dragging === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget !== index) setDropTarget(index);
    },
    onDrop: (event: DragEvent) => {
      if (dragging === null) return;
      event.preventDefault();
      relocate(dragging, index, null);
      endDrag();
    },
    onDragEnd: endDrag,
  });

  return (
    <Part id="agenda" title={t('meetings.agenda.title', { count: meeting.items.length })}>
      {readOnly ? null : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('meetings.agenda.keyboardHint')}
        </Typography>
      )}
      <StaleNotice
        stale={stale}
        labels={meetingFieldLabels(t)}
        show={() => ({})}
        onReload={async () => {
          const latest = await call('meetings:get', { id: meeting.id });
          queryClient.setQueryData(['meetings:get', { id: meeting.id }], latest);
          save.reset();
          stale.clear();
        }}
      />
      <FormAlert error={stale.state ? null : save.error} />
      <Box aria-live="polite" aria-atomic="true" data-testid="agenda-melding" sx={visuallyHidden}>
        {announcement}
      </Box>
      {meeting.items.length === 0 ? <Typography color="text.secondary">{t('meetings.agenda.empty')}</Typography> : null}
      <List component="ol" aria-labelledby="agenda-kop" sx={{ p: 0 }}>
        {meeting.items.map((item, index) => {
          const title = itemTitle(t, item);
          return (
            <ListItem
              key={item.id}
              data-testid={`agendapunt-${item.id}`}
              onKeyDown={readOnly ? undefined : onKeyDown(index)}
              {...(readOnly ? {} : dragHandlers(index))}
              sx={{
                border: 1,
                borderColor: dropTarget === index && dragging !== index ? 'primary.main' : 'divider',
                outline: dropTarget === index && dragging !== index ? '2px solid' : 'none',
                outlineColor: 'primary.main',
                opacity: dragging === index ? 0.6 : 1,
                cursor: readOnly ? undefined : 'grab',
                borderRadius: 1,
                mb: 1,
                bgcolor: 'background.paper',
                gap: 1,
                flexWrap: 'wrap',
              }}
            >
              {readOnly ? null : <DragIndicatorOutlined aria-hidden sx={{ color: 'text.secondary' }} />}
              <Typography sx={{ fontWeight: 700, minWidth: 28 }} aria-hidden>
                {index + 1}.
              </Typography>
              <Box sx={{ flex: 1, minWidth: 240 }}>
                <Typography sx={{ fontWeight: 600 }}>{title}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t(`meetings.agenda.kinds.${item.kind}`)} ·{' '}
                  {t('meetings.agenda.planned', { minutes: item.plannedMinutes })}
                </Typography>
              </Box>
              {readOnly ? null : (
                <Box sx={{ display: 'flex', gap: 0.5 }}>
                  <IconButton
                    id={`agendapunt-${item.id}-op`}
                    aria-label={t('meetings.agenda.up', { title })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <ArrowUpwardOutlined />
                  </IconButton>
                  <IconButton
                    id={`agendapunt-${item.id}-neer`}
                    aria-label={t('meetings.agenda.down', { title })}
                    disabled={index === meeting.items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowDownwardOutlined />
                  </IconButton>
                  {item.withheld ? null : (
                    // An item about a casus this user may not see stays: core keeps it whatever is sent.
                    <IconButton
                      aria-label={t('meetings.agenda.remove', { title })}
                      disabled={save.isPending}
                      onClick={() => remove(index)}
                    >
                      <DeleteOutlined />
                    </IconButton>
                  )}
                </Box>
              )}
            </ListItem>
          );
        })}
      </List>
      {readOnly ? null : <AddToAgenda meetingId={meeting.id} onAdd={add} busy={save.isPending} />}
    </Part>
  );
}

function suggestionEntry(s: AgendaSuggestion): AgendaEntry {
  return {
    kind: s.kind,
    caseId: s.caseId,
    signalId: s.signalId,
    title: s.reason === 'open-actie' ? s.title : '',
    plannedMinutes: 10,
  };
}

function AddToAgenda({
  meetingId,
  onAdd,
  busy,
}: {
  meetingId: number;
  onAdd: (entry: AgendaEntry) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const suggestions = useBridgeQuery('meetings:suggestions', { id: meetingId });
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 200);
  const cases = useBridgeQuery('search:query', { text: settled, limit: 20 }, { enabled: settled.length > 1 });
  const [other, setOther] = useState('');
  const [minutes, setMinutes] = useState('10');
  const planned = Math.max(0, Math.min(600, Number(minutes) || 0));

  return (
    <Box sx={{ display: 'grid', gap: 3, mt: 2 }}>
      <Box component="section" aria-labelledby="suggesties-kop">
        <Typography variant="h3" id="suggesties-kop" sx={{ fontSize: '1.0625rem', mb: 1 }}>
          {t('meetings.agenda.suggestions')}
        </Typography>
        {suggestions.data?.length === 0 ? (
          <Typography color="text.secondary">{t('meetings.agenda.noSuggestions')}</Typography>
        ) : null}
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {(suggestions.data ?? []).map((s) => (
            <Box
              component="li"
              key={`${s.reason}-${s.signalId ?? ''}-${s.caseId ?? ''}-${s.title}`}
              sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.5, flexWrap: 'wrap' }}
            >
              <Chip size="small" label={t(`meetings.agenda.reasons.${s.reason}`, { defaultValue: s.reason })} />
              <Typography sx={{ flex: 1 }}>
                {s.title}
                {s.date ? ` · ${formatDate(s.date.slice(0, 10))}` : ''}
              </Typography>
              <Button
                size="small"
                disabled={busy}
                onClick={() => onAdd(suggestionEntry(s))}
                aria-label={t('meetings.agenda.addNamed', { title: s.title })}
              >
                {t('meetings.agenda.add')}
              </Button>
            </Box>
          ))}
        </Box>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Autocomplete<SearchRow>
          sx={{ flex: 1, minWidth: 320 }}
          options={cases.data?.rows ?? []}
          filterOptions={(options) => options}
          getOptionLabel={(row) => `${row.caseNumber} ${row.naam}`}
          isOptionEqualToValue={(a, b) => a.caseId === b.caseId}
          inputValue={search}
          onInputChange={(_e, value) => setSearch(value)}
          value={null}
          onChange={(_e, row) => {
            if (!row) return;
            onAdd({ kind: 'casus', caseId: row.caseId, signalId: null, title: '', plannedMinutes: planned });
            setSearch('');
          }}
          noOptionsText={settled.length > 1 ? t('meetings.agenda.noCases') : t('meetings.agenda.typeToSearch')}
          autoHighlight
          renderInput={(params) => <TextField {...params} label={t('meetings.agenda.addCase')} />}
        />
        <TextField
          label={t('meetings.agenda.plannedMinutes')}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          sx={{ width: 170 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
        />
      </Box>
      <Box
        component="form"
        noValidate
        aria-label={t('meetings.agenda.addOther')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!other.trim()) return;
          onAdd({ kind: 'overig', caseId: null, signalId: null, title: other.trim(), plannedMinutes: planned });
          setOther('');
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label={t('meetings.agenda.otherTitle')}
          value={other}
          onChange={(e) => setOther(e.target.value)}
          sx={{ flex: 1, minWidth: 320 }}
        />
        <Button type="submit" variant="outlined" disabled={busy || !other.trim()} sx={{ mt: 1 }}>
          {t('meetings.agenda.addOther')}
        </Button>
      </Box>
    </Box>
  );
}
