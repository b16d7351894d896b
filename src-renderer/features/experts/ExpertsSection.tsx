// The gemeentelijke experts (accounts with that role) and the municipalities each supports. A
// beheerder links an expert to municipalities; an account gets the role under Beheer > Accounts.
import { Alert, Button, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { ExpertView } from '../../../src-shared/ipc/experts';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../session/session';
import { LinkGemeentenDialog } from './LinkGemeentenDialog';
import { Part } from '../../kit/Part';

export function ExpertsSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const list = useBridgeQuery('experts:list', {});
  const mayLink = canUse('experts:assign', user);
  const [linking, setLinking] = useState<ExpertView | null>(null);
  return (
    <Part id="experts" title={t('experts.list.heading')}>
      {list.error ? <Alert severity="error">{describeError(t, list.error)}</Alert> : null}
      {list.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {list.data && list.data.experts.length === 0 ? (
        <Typography color="text.secondary">{t('experts.list.empty')}</Typography>
      ) : null}
      {list.data && list.data.experts.length > 0 ? (
        <Table size="small" aria-label={t('experts.list.table')}>
          <TableHead>
            <TableRow>
              {(['expert', 'gemeenten', 'status'] as const).map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`experts.list.columns.${column}`)}
                </TableCell>
              ))}
              {mayLink ? (
                <TableCell component="th" scope="col">
                  <span className="visually-hidden">{t('experts.list.columns.link')}</span>
                </TableCell>
              ) : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.experts.map((expert) => (
              <TableRow key={expert.accountId}>
                <TableCell component="th" scope="row">
                  {expert.displayName}
                </TableCell>
                <TableCell>
                  {expert.gemeenten.length
                    ? expert.gemeenten.map((g) => g.name).join(', ')
                    : t('experts.list.noGemeenten')}
                </TableCell>
                <TableCell>{expert.active ? t('experts.list.active') : t('experts.list.inactive')}</TableCell>
                {mayLink ? (
                  <TableCell align="right">
                    <Button
                      size="small"
                      variant="outlined"
                      aria-label={t('experts.list.linkNamed', { naam: expert.displayName })}
                      onClick={() => setLinking(expert)}
                    >
                      {t('experts.list.link')}
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {linking ? <LinkGemeentenDialog expert={linking} onClose={() => setLinking(null)} /> : null}
    </Part>
  );
}
