// The minutes of one agenda item in their sections: inbreng per partner (optionally citing the
// covenant article that allows sharing), duiding/analyse, besluiten (a weging for a signal), and
// acties (these become the casus's actions once complete). Plain text only, never HTML.
// Each row is a memoised component fed its own row and callbacks that keep their identity: a key
// typed renders its own row and the editor's frame, not every row of the item (914 components per
// key in a filled item before, 188–300 now: tests/e2e/notuleren-per-toets.spec.ts;
// docs/developer/testing.md, "Per-key cost of the live minutes").
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, Chip, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { formatDate } from '../../../src-shared/domain/format';
import type { AgendaItemView, Minutes } from '../../../src-shared/ipc/meetings';
import type { ListValue } from '../../../src-shared/ipc/lists';
import { DateField } from '../../kit/DateField';
import { useFollowFocus } from '../../kit/useFollowFocus';
import { choices, listLabel, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { actieComplete, type ActieRow, type BesluitRow, type InbrengRow } from './minutes';

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
  onCursor: (event: React.SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
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

type RowKind = 'inbreng' | 'besluiten' | 'acties';
type Row<K extends RowKind> = Minutes[K][number];
const addButtonFocusId = (kind: RowKind) => `${kind}-toevoegen`;

const rowSx = {
  p: 1.5,
  mb: 1,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  bgcolor: 'background.paper',
} as const;

/** What every row needs besides its own data; one object, the same over renders while nothing in it changes. */
interface RowContext {
  readOnly: boolean;
  partners: ListValue[];
  /** The cursor's handlers for the text fields (onSelect, onKeyUp, onClick, onBlur). */
  cursor: Record<'onSelect' | 'onKeyUp' | 'onClick' | 'onBlur', Props['onCursor']>;
  patch: <K extends RowKind>(kind: K, id: string, patch: Partial<Row<K>>) => void;
  remove: (kind: RowKind, id: string) => void;
}

function TextArea({
  id,
  label,
  value,
  change,
  rows,
  context,
}: {
  id: string;
  label: string;
  value: string;
  change: (value: string) => void;
  rows: number;
  context: RowContext;
}) {
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={(e) => change(e.target.value)}
      multiline
      minRows={rows}
      fullWidth
      slotProps={{ htmlInput: { readOnly: context.readOnly, ...context.cursor } }}
    />
  );
}

function PartnerSelect({
  label,
  value,
  change,
  id,
  context,
}: {
  label: string;
  value: string;
  change: (value: string) => void;
  id?: string;
  context: RowContext;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={(e) => change(e.target.value)}
      sx={{ minWidth: 220 }}
      slotProps={{ htmlInput: { readOnly: context.readOnly } }}
    >
      <MenuItem value="">{t('meetings.minutes.choosePartner')}</MenuItem>
      {context.partners.map((p) => (
        <MenuItem key={p.code} value={p.code}>
          {p.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

function RemoveButton({ kind, id, label, context }: { kind: RowKind; id: string; label: string; context: RowContext }) {
  return context.readOnly ? null : (
    <IconButton aria-label={label} onClick={() => context.remove(kind, id)} sx={{ alignSelf: 'flex-start' }}>
      <DeleteOutlined />
    </IconButton>
  );
}

const InbrengRowEditor = memo(function InbrengRowEditor({
  row,
  index,
  context,
}: {
  row: InbrengRow;
  index: number;
  context: RowContext;
}) {
  const { t } = useTranslation();
  const patch = (change: Partial<InbrengRow>) => context.patch('inbreng', row.id, change);
  return (
    <Box sx={rowSx} role="group" aria-label={t('meetings.minutes.inbrengRow', { n: index + 1 })}>
      <Box sx={{ display: 'flex', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <PartnerSelect
          label={t('meetings.minutes.partner')}
          value={row.partner}
          change={(partner) => patch({ partner })}
          id={`veld-inbreng-${row.id}-partner`}
          context={context}
        />
        <TextField
          id={`veld-inbreng-${row.id}-artikel`}
          label={t('meetings.minutes.artikel')}
          value={row.artikel}
          onChange={(e) => patch({ artikel: e.target.value })}
          sx={{ flex: 1, minWidth: 260 }}
          helperText={context.readOnly ? undefined : t('meetings.minutes.artikelHint')}
          slotProps={{ htmlInput: { readOnly: context.readOnly, ...context.cursor } }}
        />
        <RemoveButton
          kind="inbreng"
          id={row.id}
          label={t('meetings.minutes.removeInbreng', { n: index + 1 })}
          context={context}
        />
      </Box>
      <TextArea
        id={`veld-inbreng-${row.id}-tekst`}
        label={t('meetings.minutes.inbrengTekst')}
        value={row.tekst}
        change={(tekst) => patch({ tekst })}
        rows={2}
        context={context}
      />
    </Box>
  );
});

const BesluitRowEditor = memo(function BesluitRowEditor({
  row,
  index,
  context,
  /** The recorded weging's besluit as shown, or null when none is recorded for this row. */
  recordedLabel,
  canWeigh,
  onRecordWeging,
}: {
  row: BesluitRow;
  index: number;
  context: RowContext;
  recordedLabel: string | null;
  canWeigh: boolean;
  onRecordWeging: (besluitId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box sx={rowSx} role="group" aria-label={t('meetings.minutes.besluitRow', { n: index + 1 })}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Box sx={{ flex: 1 }}>
          <TextArea
            id={`veld-besluit-${row.id}-tekst`}
            label={t('meetings.minutes.besluitTekst')}
            value={row.tekst}
            change={(tekst) => context.patch('besluiten', row.id, { tekst })}
            rows={2}
            context={context}
          />
        </Box>
        {recordedLabel !== null ? null : (
          <RemoveButton
            kind="besluiten"
            id={row.id}
            label={t('meetings.minutes.removeBesluit', { n: index + 1 })}
            context={context}
          />
        )}
      </Box>
      {recordedLabel !== null ? (
        <Chip
          sx={{ mt: 1 }}
          color="success"
          variant="outlined"
          label={t('meetings.minutes.wegingRecorded', { besluit: recordedLabel })}
        />
      ) : canWeigh && !context.readOnly ? (
        <Button size="small" sx={{ mt: 1 }} onClick={() => onRecordWeging(row.id)}>
          {t('meetings.minutes.recordWeging')}
        </Button>
      ) : null}
    </Box>
  );
});

const ActieRowEditor = memo(function ActieRowEditor({
  row,
  index,
  context,
  /** The deadline as typed (kept as typed until it is a whole date). */
  deadline,
  onDeadline,
  /** Whether the item is about a casus (an actie becomes the casus's action once complete). */
  withCase,
}: {
  row: ActieRow;
  index: number;
  context: RowContext;
  deadline: string;
  onDeadline: (rowId: string, text: string) => void;
  withCase: boolean;
}) {
  const { t } = useTranslation();
  const patch = (change: Partial<ActieRow>) => context.patch('acties', row.id, change);
  return (
    <Box sx={rowSx} role="group" aria-label={t('meetings.minutes.actieRow', { n: index + 1 })}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Box sx={{ flex: 1 }}>
          <TextArea
            id={`veld-actie-${row.id}-omschrijving`}
            label={t('meetings.minutes.actieOmschrijving')}
            value={row.omschrijving}
            change={(omschrijving) => patch({ omschrijving })}
            rows={1}
            context={context}
          />
        </Box>
        <RemoveButton
          kind="acties"
          id={row.id}
          label={t('meetings.minutes.removeActie', { n: index + 1 })}
          context={context}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <PartnerSelect
          label={t('meetings.minutes.actiehouderPartner')}
          value={row.actiehouderPartner}
          change={(actiehouderPartner) => patch({ actiehouderPartner })}
          context={context}
        />
        <TextField
          label={t('meetings.minutes.actiehouderNaam')}
          value={row.actiehouderNaam}
          onChange={(e) => patch({ actiehouderNaam: e.target.value })}
          slotProps={{ htmlInput: { readOnly: context.readOnly } }}
        />
        <DateField
          label={t('meetings.minutes.deadline')}
          value={deadline}
          onChange={(v) => onDeadline(row.id, v)}
          slotProps={{ htmlInput: { readOnly: context.readOnly } }}
        />
        <Typography variant="body2" sx={{ mt: 2 }} color={row.caseActionId ? 'success.main' : 'text.secondary'}>
          {row.caseActionId
            ? t('meetings.minutes.actieInCase')
            : withCase && !actieComplete(row)
              ? t('meetings.minutes.actieIncomplete')
              : ''}
        </Typography>
      </Box>
    </Box>
  );
});

export function MinutesItemEditor({
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
}
