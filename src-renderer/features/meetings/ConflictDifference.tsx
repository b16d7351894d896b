// One difference between what is stored and what a laptop checked in (issue 19), side by side with
// a choice per difference: the stored version, the laptop's, or both where both can be kept. Used
// by the notulist's check-in (OfflineCopyPanel) and the chair's conflict copies
// (ConflictCopiesPanel); each says in its own words whose versions these are.
import { Box, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CheckInConflict, ConflictTake } from '../../../src-shared/ipc/meeting-check-out';

export const conflictKey = (d: CheckInConflict) => `${d.record.kind}-${d.record.id}-${d.field}`;

export function ConflictDifference({
  difference,
  take,
  onTake,
  serverLabel,
  localLabel,
  takeLabel,
}: {
  difference: CheckInConflict;
  take: ConflictTake | undefined;
  onTake: (take: ConflictTake) => void;
  /** Whose the stored version is ("Nu opgeslagen (door …, …)"). */
  serverLabel: string;
  localLabel: string;
  takeLabel: (take: ConflictTake) => string;
}) {
  const { t } = useTranslation();
  const id = `verschil-${conflictKey(difference)}`;
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 2, p: 2 }}>
      <Typography component="legend" id={id} sx={{ fontWeight: 600, px: 0.5 }}>
        {/* What kind of record, so an action's description is not read as an agenda item's title. */}
        {t(`meetings.conflictCopies.differenceOf.${difference.record.kind}`, {
          label: difference.label,
          veld: t(`meetings.conflictCopies.fields.${difference.field}`, { defaultValue: difference.field }),
        })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mb: 1 }}>
        <Box>
          <Typography variant="subtitle2">{serverLabel}</Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{difference.server || '—'}</Typography>
        </Box>
        <Box>
          <Typography variant="subtitle2">{localLabel}</Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{difference.local || '—'}</Typography>
        </Box>
      </Box>
      <RadioGroup row aria-labelledby={id} value={take ?? ''} onChange={(e) => onTake(e.target.value as ConflictTake)}>
        {difference.takes.map((option) => (
          <FormControlLabel key={option} value={option} control={<Radio />} label={takeLabel(option)} />
        ))}
      </RadioGroup>
    </Box>
  );
}
