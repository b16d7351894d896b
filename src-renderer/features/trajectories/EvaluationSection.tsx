// Evaluation moments with the mentor and with the mentee: date, who was evaluated, the round of
// the mentortraject questionnaire it counts in (optional) and a note. A moment may follow the end:
// the closing evaluation is often held afterwards.
import { Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { EvaluationDialog } from './EvaluationDialog';
import { trajectoryDraftKey } from './heldDrafts';
import { MomentPart } from './MomentPart';

export function EvaluationSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  return (
    <MomentPart
      id="evaluatie"
      title={t('trajectories.evaluation.heading', { count: view.evaluaties.length })}
      addLabel={t('trajectories.evaluation.add')}
      table={{
        label: t('trajectories.evaluation.table'),
        empty: t('trajectories.evaluation.empty'),
        columns: ['datum', 'soort', 'round', 'notitie', 'door'].map((c) => t(`trajectories.evaluation.columns.${c}`)),
        rows: view.evaluaties.map((e) => ({
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
        })),
      }}
      draftKey={trajectoryDraftKey(view.id, 'evaluatie')}
      dialog={(close) => <EvaluationDialog view={view} onClose={close} />}
    />
  );
}
