// The consultations of the year, newest first: date, municipality, topic, duration, expert and
// explanation. An expert records a new one and corrects their own.
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import {
  Alert,
  Button,
  IconButton,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { AdviesView } from '../../../src-shared/ipc/experts';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../session/session';
import { AdviesDialog } from './AdviesDialog';
import { Part } from '../../kit/Part';
import { useDuration } from './useDuration';

export function AdviesSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const duration = useDuration();
  const list = useBridgeQuery('experts:advies', { year, gemeenteId: null, accountId: null });
  const mayRecord = canUse('experts:save-advies', user);
  const [editing, setEditing] = useState<AdviesView | 'new' | null>(null);
  return (
    <Part
      id="adviezen"
      title={t('experts.advies.heading', { year })}
      action={
        mayRecord ? (
          <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('experts.advies.add')}
          </Button>
        ) : null
      }
    >
      {list.error ? <Alert severity="error">{describeError(t, list.error)}</Alert> : null}
      {list.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {list.data && list.data.length === 0 ? (
        <Typography color="text.secondary">{t('experts.advies.empty', { year })}</Typography>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <Table size="small" aria-label={t('experts.advies.table', { year })}>
          <TableHead>
            <TableRow>
              {(['datum', 'gemeente', 'onderwerp', 'duur', 'expert', 'toelichting'] as const).map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`experts.advies.columns.${column}`)}
                </TableCell>
              ))}
              {mayRecord ? (
                <TableCell component="th" scope="col">
                  <span className="visually-hidden">{t('experts.advies.columns.edit')}</span>
                </TableCell>
              ) : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((advies) => (
              <TableRow key={advies.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(advies.datum)}</TableCell>
                <TableCell>{advies.gemeente.name}</TableCell>
                <TableCell>{t(`experts.onderwerp.${advies.onderwerp}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{duration(advies.duurMinuten)}</TableCell>
                <TableCell>{advies.expert.displayName}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>{advies.toelichting || '–'}</TableCell>
                {mayRecord ? (
                  <TableCell align="right">
                    {advies.expert.id === user?.id ? (
                      <IconButton
                        aria-label={t('experts.advies.edit', {
                          gemeente: advies.gemeente.name,
                          datum: formatDate(advies.datum),
                        })}
                        onClick={() => setEditing(advies)}
                      >
                        <EditOutlined aria-hidden />
                      </IconButton>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {editing ? <AdviesDialog advies={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Part>
  );
}
