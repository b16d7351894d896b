// Plan van aanpak: the interventions and actions of the casus, each with its actiehouder (partner
// and person), deadline and status; added and changed in a dialog. An intervention of type
// mentortraject links to its trajectory (or opens one).
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import {
  Box,
  Button,
  Chip,
  IconButton,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DONE_ACTION_STATUSES } from '../../../src-shared/domain/casus';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import type { ActionView, CaseDossier } from '../../../src-shared/ipc/cases';
import { listLabel, useReferenceData } from '../lists';
import { InterventionTrajectoryLink, MENTORTRAJECT } from '../trajectories';
import { ActionDialog } from './ActionDialog';
import { useCaseEditing } from './editing';

const COLUMNS = ['soort', 'omschrijving', 'actiehouder', 'deadline', 'status'] as const;

export function PlanTab({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  const [editing, setEditing] = useState<ActionView | 'new' | null>(null);
  const today = isoDay(new Date());
  const late = (action: ActionView) => action.deadline < today && !DONE_ACTION_STATUSES.includes(action.status);
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
        <Table size="small" aria-labelledby="plan-kop">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`cases.plan.columns.${column}`)}
                </TableCell>
              ))}
              {mayEdit ? (
                <TableCell component="th" scope="col">
                  <span className="visually-hidden">{t('cases.plan.columns.edit')}</span>
                </TableCell>
              ) : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {dossier.actions.map((action) => (
              <TableRow key={action.id}>
                <TableCell>
                  {action.soort === 'interventie'
                    ? t('cases.plan.intervention', {
                        type: listLabel(reference, 'interventie', action.interventietype),
                      })
                    : t('cases.plan.soort.actie')}
                  {action.soort === 'interventie' && action.interventietype === MENTORTRAJECT ? (
                    <InterventionTrajectoryLink actionId={action.id} canEdit={canEdit} />
                  ) : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 420 }}>{action.omschrijving}</TableCell>
                <TableCell>
                  {t('cases.plan.holder', {
                    partner: listLabel(reference, 'partner', action.actiehouderPartner),
                    name: action.actiehouderNaam,
                  })}
                </TableCell>
                <TableCell
                  sx={{
                    whiteSpace: 'nowrap',
                    color: late(action) ? 'error.main' : undefined,
                    fontWeight: late(action) ? 600 : undefined,
                  }}
                >
                  {late(action)
                    ? t('cases.plan.late', { date: formatDate(action.deadline) })
                    : formatDate(action.deadline)}
                </TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" label={t(`common:actionStatuses.${action.status}`)} />
                </TableCell>
                {mayEdit ? (
                  <TableCell align="right">
                    <IconButton
                      aria-label={t('cases.plan.edit', { what: action.omschrijving.slice(0, 60) })}
                      onClick={() => setEditing(action)}
                      disabled={!canEdit}
                    >
                      <EditOutlined aria-hidden />
                    </IconButton>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing ? (
        <ActionDialog dossier={dossier} action={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  );
}
