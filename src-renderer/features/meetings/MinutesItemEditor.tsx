// The minutes of one agenda item in their sections: inbreng per partner (optionally citing the
// covenant article that allows sharing), duiding/analyse, besluiten (a weging for a signal), and
// acties (these become the casus's actions once complete). Plain text only, never HTML.
// The rows are MinutesRows' memoised components: a key typed renders its own row and this frame.
import { Alert, Box, Button, Typography } from '@mui/material';
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { formatDate } from '../../../src-shared/domain/format';
import type { AgendaItemView, Minutes } from '../../../src-shared/ipc/meetings';
import { useFollowFocus } from '../../kit/useFollowFocus';
import { choices, listLabel, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import {
  ActieRowEditor,
  addButtonFocusId,
  BesluitRowEditor,
  InbrengRowEditor,
  TextArea,
  type CursorHandler,
  type RowContext,
  type RowKind,
} from './MinutesRows';

interface Props {
  item: AgendaItemView;
  minutes: Minutes;
  readOnly: boolean;
  /** A change of the item's minutes, as a function of the newest (so it never works on an old copy). */
  onChange: (change: (minutes: Minutes) => Minutes) => void;
  /** Typed dates of the actie rows (kept as typed until they are a whole date). */
  deadlines: Record<string, string>;
  onDeadline: (rowId: string, text: string) => void;
  onRecordWeging: (besluitId: string) => void;
  /** Adds a row and puts the focus in it: the same step as the shortcuts Alt+I, Alt+B and Alt+N. */
  onAddRow: (kind: RowKind) => void;
  /** Remembers where the cursor was, for a citation from Ctrl+K. */
  onCursor: CursorHandler;
}

function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h3" id={id} sx={{ fontSize: '1.0625rem' }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
}

/**
 * Memoised: the item timer changes the page's drafts every second, and the editor's props stay the
 * same meanwhile (the minutes object too), so a tick renders the time shown, not this frame.
 */
export const MinutesItemEditor = memo(function MinutesItemEditor({
  item,
  minutes,
  readOnly,
  onChange,
  deadlines,
  onDeadline,
  onRecordWeging,
  onAddRow,
  onCursor,
}: Props) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const { user } = useSession();
  // A row removed hands the focus to its section's add button, not to the page's top (its own
  // button is gone).
  const follow = useFollowFocus();
  const context = useMemo<RowContext>(
    () => ({
      readOnly,
      partners: choices(reference, 'partner'),
      cursor: { onSelect: onCursor, onKeyUp: onCursor, onClick: onCursor, onBlur: onCursor },
      patch: (kind, id, patch) =>
        onChange((current) => ({
          ...current,
          [kind]: current[kind].map((row) => (row.id === id ? { ...row, ...patch } : row)),
        })),
      remove: (kind, id) => {
        follow(addButtonFocusId(kind));
        onChange((current) => ({ ...current, [kind]: current[kind].filter((row) => row.id !== id) }));
      },
    }),
    [readOnly, reference, onCursor, onChange, follow],
  );
  const setDuiding = useCallback((duiding: string) => onChange((current) => ({ ...current, duiding })), [onChange]);
  const addButton = (label: string, key: RowKind) =>
    readOnly ? null : (
      <Button size="small" variant="outlined" onClick={() => onAddRow(key)} data-focus-id={addButtonFocusId(key)}>
        {label}
      </Button>
    );
  const canWeigh = item.kind === 'signaal' && item.signalId !== null && canUse('meetings:record-weging', user);

  return (
    <>
      <Section
        id={`inbreng-${item.id}`}
        title={t('meetings.minutes.inbreng')}
        action={addButton(t('meetings.minutes.addInbreng'), 'inbreng')}
      >
        {minutes.inbreng.length === 0 ? (
          <Typography color="text.secondary">{t('meetings.minutes.noInbreng')}</Typography>
        ) : null}
        {minutes.inbreng.map((row, index) => (
          <InbrengRowEditor key={row.id} row={row} index={index} context={context} />
        ))}
      </Section>
      <Section id={`duiding-${item.id}`} title={t('meetings.minutes.duiding')}>
        <TextArea
          id="veld-duiding"
          label={t('meetings.minutes.duidingLabel')}
          value={minutes.duiding}
          change={setDuiding}
          rows={4}
          context={context}
        />
      </Section>
      <Section
        id={`besluiten-${item.id}`}
        title={t('meetings.minutes.besluiten')}
        action={addButton(t('meetings.minutes.addBesluit'), 'besluiten')}
      >
        {minutes.besluiten.length === 0 ? (
          <Typography color="text.secondary">{t('meetings.minutes.noBesluiten')}</Typography>
        ) : null}
        {minutes.besluiten.map((row, index) => {
          const recorded = row.weging?.wegingId ? row.weging : null;
          return (
            <BesluitRowEditor
              key={row.id}
              row={row}
              index={index}
              context={context}
              recordedLabel={recorded ? listLabel(reference, 'besluit', recorded.besluit) : null}
              canWeigh={canWeigh}
              onRecordWeging={onRecordWeging}
            />
          );
        })}
      </Section>
      <Section
        id={`acties-${item.id}`}
        title={t('meetings.minutes.acties')}
        action={addButton(t('meetings.minutes.addActie'), 'acties')}
      >
        {item.casus === null ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {t('meetings.minutes.actiesNoCase')}
          </Alert>
        ) : null}
        {minutes.acties.length === 0 ? (
          <Typography color="text.secondary">{t('meetings.minutes.noActies')}</Typography>
        ) : null}
        {minutes.acties.map((row, index) => (
          <ActieRowEditor
            key={row.id}
            row={row}
            index={index}
            context={context}
            deadline={deadlines[row.id] ?? (row.deadline ? formatDate(row.deadline) : '')}
            onDeadline={onDeadline}
            withCase={item.casus !== null}
          />
        ))}
      </Section>
    </>
  );
});
