// On the login screen of a demo environment: the fictitious accounts with their roles and the
// one published password, and the way out of the demo.
import { Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { useSession } from '../../kit/session';

export function DemoPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const demo = session.demoAccounts;
  const leave = useMutation({
    mutationFn: () => call('vault:leave-demo', {}),
    onSuccess: async () => {
      session.setDemoAccounts(null);
      await session.refresh();
    },
  });
  return (
    <Paper variant="outlined" component="section" aria-labelledby="demo-titel" sx={{ p: { xs: 3, md: 4 }, mt: 3 }}>
      <Typography variant="h2" id="demo-titel" sx={{ mb: 1 }}>
        {t('demo.title')}
      </Typography>
      {demo ? (
        <>
          <Typography sx={{ mb: 2 }}>{t('demo.accountsIntro')}</Typography>
          <Table size="small" aria-labelledby="demo-titel" sx={{ mb: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {t('demo.username')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('demo.roles')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {demo.accounts.map((account) => (
                <TableRow key={account.username}>
                  <TableCell>
                    <code>{account.username}</code>
                  </TableCell>
                  <TableCell>{account.roles.map((role) => t(`common:roles.${role}`)).join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography>
            {t('demo.password')}{' '}
            <Box component="code" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
              {demo.password}
            </Box>
          </Typography>
        </>
      ) : (
        <Typography>{t('demo.accountsUnknown')}</Typography>
      )}
      <FormAlert error={leave.error} />
      <Button
        variant="outlined"
        sx={{ mt: 2 }}
        onClick={() => leave.mutate()}
        loading={leave.isPending}
        loadingPosition="start"
      >
        {t('demo.leave')}
      </Button>
    </Paper>
  );
}
