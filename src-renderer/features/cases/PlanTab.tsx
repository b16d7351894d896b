// Plan van aanpak: the interventions and actions of the casus, each with its actiehouder (partner
// and person), deadline and status; added and changed in a dialog. An intervention of type
// mentortraject links to its trajectory (or opens one).
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, IconButton, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DONE_ACTION_STATUSES } from '../../../src-shared/domain/casus';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import type { ActionView, CaseDossier } from '../../../src-shared/ipc/cases';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { listLabel, useReferenceData } from '../lists';
import { InterventionTrajectoryLink, MENTORTRAJECT } from '../trajectories';
import { ActionDialog } from './ActionDialog';
import { useCaseEditing } from './editing';
import { heldActionEditing } from './heldDrafts';

export function PlanTab({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  // After an unlock the dialog that had unsaved fields at the lock opens again, with them.
  const [editing, setEditing] = useState(() => heldActionEditing(dossier));
  const today = isoDay(new Date());
  const late = (action: ActionView) => action.deadline < today && !DONE_ACTION_STATUSES.includes(action.status);
  const header = (column: string) => t(`cases.plan.columns.${column}`);
  const columns: DataColumn<ActionView>[] = [
    {
      key: 'soort',
      header: header('soort'),
      cell: (action) => (
        <>
          {action.soort === 'interventie'
            ? t('cases.plan.intervention', { type: listLabel(reference, 'interventie', action.interventietype) })
            : t('cases.plan.soort.actie')}
          {action.soort === 'interventie' && action.interventietype === MENTORTRAJECT ? (
            <InterventionTrajectoryLink actionId={action.id} canEdit={canEdit} />
          ) : null}
        </>
      ),
    },
    {
      key: 'omschrijving',
      header: header('omschrijving'),
      cell: (action) => action.omschrijving,
      style: { whiteSpace: 'pre-wrap', maxWidth: 420 },
    },
    {
      key: 'actiehouder',
      header: header('actiehouder'),
      cell: (action) =>
        t('cases.plan.holder', {
          partner: listLabel(reference, 'partner', action.actiehouderPartner),
          name: action.actiehouderNaam,
        }),
      priority: 2,
    },
    {
      key: 'deadline',
      header: header('deadline'),
      nowrap: true,
      cell: (action) =>
        late(action) ? (
          <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
            {t('cases.plan.late', { date: formatDate(action.deadline) })}
          </Box>
        ) : (
          formatDate(action.deadline)
        ),
    },
    {
      key: 'status',
      header: header('status'),
      cell: (action) => <Chip size="small" variant="outlined" label={t(`common:actionStatuses.${action.status}`)} />,
      priority: 2,
    },
  ];
  if (mayEdit)
    columns.push({
      key: 'edit',
      header: t('cases.plan.columns.edit'),
      headerHidden: true,
      alignRight: true,
      cell: (action) => (
        <IconButton
          aria-label={t('cases.plan.edit', { what: action.omschrijving.slice(0, 60) })}
          onClick={() => setEditing(action)}
          disabled={!canEdit}
        >
          <EditOutlined aria-hidden />
        </IconButton>
      ),
    });
  return (
    <Paper variant="outlined" component="section" aria-labelledby="plan-kop" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h2" id="plan-kop" sx={{ flex: 1 }}>
          {t('cases.plan.heading')}
        </Typography>
        {mayEdit ? (
          <Button
            variant="contained"
            startIcon={<AddOutlined aria-hidden />}
            onClick={() => setEditing('new')}
            disabled={!canEdit}
          >
            {t('cases.plan.add')}
          </Button>
        ) : null}
      </Box>
      {dossier.actions.length === 0 ? (
        <Typography color="text.secondary">{t('cases.plan.empty')}</Typography>
      ) : (
        <DataTable columns={columns} rows={dossier.actions} rowKey={(action) => action.id} labelledBy="plan-kop" />
      )}
      {editing ? (
        <ActionDialog dossier={dossier} action={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  );
}
