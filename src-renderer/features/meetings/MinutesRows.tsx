// The rows of an agenda item's minutes (MinutesItemEditor): an inbreng, a besluit, an actie, each a
// memoised component fed its own row and one RowContext whose callbacks keep their identity, so a
// key typed renders the row typed in and not the item's other rows (914 components per key in a
// filled item before, 188–300 now: tests/e2e/notuleren-per-toets.spec.ts; docs/developer/testing.md,
// "Per-key cost of the live minutes"). Plain text only, never HTML.
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Chip, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../src-shared/ipc/meetings';
import type { ListValue } from '../../../src-shared/ipc/lists';
import { DateField } from '../../kit/DateField';
import { actieComplete, type ActieRow, type BesluitRow, type InbrengRow } from './minutes';

/** Remembers where the cursor was, for a citation from Ctrl+K. */
export type CursorHandler = (event: React.SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => void;

export type RowKind = 'inbreng' | 'besluiten' | 'acties';
type Row<K extends RowKind> = Minutes[K][number];
export const addButtonFocusId = (kind: RowKind) => `${kind}-toevoegen`;

const rowSx = {
  p: 1.5,
  mb: 1,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  bgcolor: 'background.paper',
} as const;

/** What every row needs besides its own data; one object, the same over renders while nothing in it changes. */
export interface RowContext {
  readOnly: boolean;
  partners: ListValue[];
  /** The cursor's handlers for the text fields (onSelect, onKeyUp, onClick, onBlur). */
  cursor: Record<'onSelect' | 'onKeyUp' | 'onClick' | 'onBlur', CursorHandler>;
  patch: <K extends RowKind>(kind: K, id: string, patch: Partial<Row<K>>) => void;
  remove: (kind: RowKind, id: string) => void;
}

export function TextArea({
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

export const InbrengRowEditor = memo(function InbrengRowEditor({
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

export const BesluitRowEditor = memo(function BesluitRowEditor({
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

export const ActieRowEditor = memo(function ActieRowEditor({
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
