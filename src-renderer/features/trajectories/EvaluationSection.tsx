// Evaluation moments with the mentor and with the mentee: date, who was evaluated, the round of
// the mentortraject questionnaire it counts in (optional) and a note. A moment may follow the end:
// the closing evaluation is often held afterwards.
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Link } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { EvaluationDialog } from './EvaluationDialog';
import { MomentTable } from './MomentTable';
import { Part } from '../../kit/Part';

export function EvaluationSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Part
      id="evaluatie"
      title={t('trajectories.evaluation.heading', { count: view.evaluaties.length })}
      action={
        <Button variant="outlined" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('trajectories.evaluation.add')}
        </Button>
      }
    >
      <MomentTable
        label={t('trajectories.evaluation.table')}
        empty={t('trajectories.evaluation.empty')}
        columns={['datum', 'soort', 'round', 'notitie', 'door'].map((c) => t(`trajectories.evaluation.columns.${c}`))}
        rows={view.evaluaties.map((e) => ({
          key: e.id,
          cells: [
            formatDate(e.datum),
            t(`trajectories.evaluation.soort.${e.soort}`),
            e.evalRound ? (
              <Link component={RouterLink} to={`/evaluaties/${e.evalRound.id}`}>
                {e.evalRound.titel}
              </Link>
            ) : (
              '–'
            ),
            e.notitie || '–',
            e.door ?? '–',
          ],
        }))}
      />
      {adding ? <EvaluationDialog view={view} onClose={() => setAdding(false)} /> : null}
    </Part>
  );
}
