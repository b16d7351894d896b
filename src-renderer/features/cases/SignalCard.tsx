// One signal: when it came in and from whom, what it is about (ideologie, ernst, bron, age at the
// signal), the description, the wegingen so far, and "Wegen" while it waits for a decision.
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { Box, Button, Chip, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { CaseDossier, SignalView } from '../../../src-shared/ipc/cases';
import { FactList } from '../../kit/print/SheetParts';
import { listLabel, useReferenceData } from '../lists';
import { isHeld } from '../../kit/heldDraft';
import { useCaseEditing } from './editing';
import { wegingDraftKey } from './heldDrafts';
import { WeighForm } from './WeighForm';

export function SignalCard({ dossier, signal }: { dossier: CaseDossier; signal: SignalView }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  // After an unlock the weging typed and not recorded at the lock is open again, with its fields.
  const [weighing, setWeighing] = useState(() => isHeld(wegingDraftKey(dossier.id, signal.id)));
  const waiting = signal.status !== 'gewogen';
  const headingId = `signaal-${signal.id}`;
  const melder = [listLabel(reference, 'partner', signal.melderPartner), signal.melderContact]
    .filter(Boolean)
    .join(' — ');
  const facts: [string, string][] = [
    [t('cases.signal.melder'), melder],
    [t('cases.signal.ideologie'), listLabel(reference, 'ideologie', signal.ideologie)],
    [t('cases.signal.ernst'), listLabel(reference, 'ernst', signal.ernst)],
    [t('cases.signal.bron'), listLabel(reference, 'bron', signal.bron)],
    [t('cases.signal.leeftijd'), signal.leeftijd === null ? '—' : t('cases.signal.years', { age: signal.leeftijd })],
  ];
  return (
    <Paper variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h2" id={headingId} sx={{ fontSize: '1.125rem', flex: 1 }}>
          {t('cases.signal.heading', { date: formatDate(signal.ontvangen) })}
        </Typography>
        <Chip
          size="small"
          color={waiting ? 'warning' : 'success'}
          variant="outlined"
          label={t(`cases.signalStatus.${signal.status}`)}
        />
      </Box>
      <FactList facts={facts} sx={{ mb: 1 }} />
      <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mb: 1 }}>{signal.omschrijving}</Typography>

      {signal.wegingen.length > 0 ? (
        <Box component="section" aria-label={t('cases.weging.listLabel')} sx={{ mt: 2 }}>
          {signal.wegingen.map((weging) => (
            <Box key={weging.id} sx={{ borderLeft: 4, borderColor: 'primary.main', pl: 2, py: 0.5, mb: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>
                {t('cases.weging.summary', {
                  besluit: listLabel(reference, 'besluit', weging.besluit),
                  date: formatDate(weging.datum),
                })}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {weging.motivering}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('cases.weging.participants', {
                  partners: weging.deelnemers.map((code) => listLabel(reference, 'partner', code)).join(', '),
                  name: weging.door,
                })}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : null}

      {waiting && mayEdit && !weighing ? (
        <Button
          variant="contained"
          startIcon={<FactCheckOutlined aria-hidden />}
          onClick={() => setWeighing(true)}
          disabled={!canEdit}
          sx={{ mt: 1 }}
        >
          {t('cases.weging.action')}
        </Button>
      ) : null}
      {weighing ? <WeighForm caseId={dossier.id} signal={signal} onClose={() => setWeighing(false)} /> : null}
    </Paper>
  );
}
