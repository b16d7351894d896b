// The minutes of one agenda item in their sections: inbreng per partner (optionally citing the
// covenant article that allows sharing), duiding/analyse, besluiten (a weging for a signal), and
// acties (these become the casus's actions once complete). Plain text only, never HTML.
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, Chip, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { formatDate } from '../../../src-shared/domain/format';
import type { AgendaItemView, Minutes } from '../../../src-shared/ipc/meetings';
import { DateField } from '../../kit/DateField';
import { useFollowFocus } from '../../kit/useFollowFocus';
import { choices, listLabel, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { actieComplete, type ActieRow } from './minutes';

interface Props {
  item: AgendaItemView;
  minutes: Minutes;
  readOnly: boolean;
  onChange: (minutes: Minutes) => void;
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
const addButtonFocusId = (kind: RowKind) => `${kind}-toevoegen`;

const rowSx = {
  p: 1.5,
  mb: 1,
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  bgcolor: 'background.paper',
} as const;

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
  const partners = choices(reference, 'partner');
  const set = <K extends keyof Minutes>(key: K, value: Minutes[K]) => onChange({ ...minutes, [key]: value });
  const cursor = { onSelect: onCursor, onKeyUp: onCursor, onClick: onCursor, onBlur: onCursor };
  // A row removed hands the focus to its section's add button, not to the page's top (its own
  // button is gone).
  const follow = useFollowFocus();
  const text = (id: string, label: string, value: string, change: (v: string) => void, rows = 3) => (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={(e) => change(e.target.value)}
      multiline
      minRows={rows}
      fullWidth
      slotProps={{ htmlInput: { readOnly, ...cursor } }}
    />
  );
  const partnerSelect = (label: string, value: string, change: (v: string) => void, id?: string) => (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={(e) => change(e.target.value)}
      sx={{ minWidth: 220 }}
      slotProps={{ htmlInput: { readOnly } }}
    >
      <MenuItem value="">{t('meetings.minutes.choosePartner')}</MenuItem>
      {partners.map((p) => (
        <MenuItem key={p.code} value={p.code}>
          {p.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const updateRow = <K extends 'inbreng' | 'besluiten' | 'acties'>(
    key: K,
    id: string,
    patch: Partial<Minutes[K][number]>,
  ) => set(key, minutes[key].map((row) => (row.id === id ? { ...row, ...patch } : row)) as Minutes[K]);
  const removeRow = (key: RowKind, id: string) => {
    follow(addButtonFocusId(key));
    set(key, minutes[key].filter((row) => row.id !== id) as never);
  };
  const removeButton = (key: RowKind, id: string, label: string) =>
    readOnly ? null : (
      <IconButton aria-label={label} onClick={() => removeRow(key, id)} sx={{ alignSelf: 'flex-start' }}>
        <DeleteOutlined />
      </IconButton>
    );
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
          <Box key={row.id} sx={rowSx} role="group" aria-label={t('meetings.minutes.inbrengRow', { n: index + 1 })}>
            <Box sx={{ display: 'flex', gap: 1, mb: 1, flexWrap: 'wrap' }}>
              {partnerSelect(
                t('meetings.minutes.partner'),
                row.partner,
                (v) => updateRow('inbreng', row.id, { partner: v }),
                `veld-inbreng-${row.id}-partner`,
              )}
              <TextField
                id={`veld-inbreng-${row.id}-artikel`}
                label={t('meetings.minutes.artikel')}
                value={row.artikel}
                onChange={(e) => updateRow('inbreng', row.id, { artikel: e.target.value })}
                sx={{ flex: 1, minWidth: 260 }}
                helperText={readOnly ? undefined : t('meetings.minutes.artikelHint')}
                slotProps={{ htmlInput: { readOnly, ...cursor } }}
              />
              {removeButton('inbreng', row.id, t('meetings.minutes.removeInbreng', { n: index + 1 }))}
            </Box>
            {text(
              `veld-inbreng-${row.id}-tekst`,
              t('meetings.minutes.inbrengTekst'),
              row.tekst,
              (v) => updateRow('inbreng', row.id, { tekst: v }),
              2,
            )}
          </Box>
        ))}
      </Section>
      <Section id={`duiding-${item.id}`} title={t('meetings.minutes.duiding')}>
        {text('veld-duiding', t('meetings.minutes.duidingLabel'), minutes.duiding, (v) => set('duiding', v), 4)}
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
            <Box key={row.id} sx={rowSx} role="group" aria-label={t('meetings.minutes.besluitRow', { n: index + 1 })}>
              <Box sx={{ display: 'flex', gap: 1 }}>
                <Box sx={{ flex: 1 }}>
                  {text(
                    `veld-besluit-${row.id}-tekst`,
                    t('meetings.minutes.besluitTekst'),
                    row.tekst,
                    (v) => updateRow('besluiten', row.id, { tekst: v }),
                    2,
                  )}
                </Box>
                {recorded
                  ? null
                  : removeButton('besluiten', row.id, t('meetings.minutes.removeBesluit', { n: index + 1 }))}
              </Box>
              {recorded ? (
                <Chip
                  sx={{ mt: 1 }}
                  color="success"
                  variant="outlined"
                  label={t('meetings.minutes.wegingRecorded', {
                    besluit: listLabel(reference, 'besluit', recorded.besluit),
                  })}
                />
              ) : canWeigh && !readOnly ? (
                <Button size="small" sx={{ mt: 1 }} onClick={() => onRecordWeging(row.id)}>
                  {t('meetings.minutes.recordWeging')}
                </Button>
              ) : null}
            </Box>
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
        {minutes.acties.map((row: ActieRow, index) => (
          <Box key={row.id} sx={rowSx} role="group" aria-label={t('meetings.minutes.actieRow', { n: index + 1 })}>
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Box sx={{ flex: 1 }}>
                {text(
                  `veld-actie-${row.id}-omschrijving`,
                  t('meetings.minutes.actieOmschrijving'),
                  row.omschrijving,
                  (v) => updateRow('acties', row.id, { omschrijving: v }),
                  1,
                )}
              </Box>
              {removeButton('acties', row.id, t('meetings.minutes.removeActie', { n: index + 1 }))}
            </Box>
            <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
              {partnerSelect(t('meetings.minutes.actiehouderPartner'), row.actiehouderPartner, (v) =>
                updateRow('acties', row.id, { actiehouderPartner: v }),
              )}
              <TextField
                label={t('meetings.minutes.actiehouderNaam')}
                value={row.actiehouderNaam}
                onChange={(e) => updateRow('acties', row.id, { actiehouderNaam: e.target.value })}
                slotProps={{ htmlInput: { readOnly } }}
              />
              <DateField
                label={t('meetings.minutes.deadline')}
                value={deadlines[row.id] ?? (row.deadline ? formatDate(row.deadline) : '')}
                onChange={(v) => onDeadline(row.id, v)}
                slotProps={{ htmlInput: { readOnly } }}
              />
              <Typography variant="body2" sx={{ mt: 2 }} color={row.caseActionId ? 'success.main' : 'text.secondary'}>
                {row.caseActionId
                  ? t('meetings.minutes.actieInCase')
                  : item.casus && !actieComplete(row)
                    ? t('meetings.minutes.actieIncomplete')
                    : ''}
              </Typography>
            </Box>
          </Box>
        ))}
      </Section>
    </>
  );
}
