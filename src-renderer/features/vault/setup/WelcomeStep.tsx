// Step Welkom: what kind of start this is. A new installation goes through the wizard; the demo
// environment is made at once (fictitious data, then the login screen with its accounts); a
// machine that replaces a lost one restores a backup; a workstation of a team connects to the
// team's CTER server (team mode: the wizard's own steps, server and fingerprint). On the team's
// PostgreSQL server only the new installation (the first beheerder) is offered: the server has no
// demo and no backup file. The administrator's policy may leave the demo out (choices.ts). The
// choice lives in the wizard, so its step list follows it.
import {
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Skeleton,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, useBridgeQuery } from '../../../kit/bridge';
import { FormAlert } from '../../../kit/forms';
import { RestoreBackupForm } from '../RestoreBackupForm';
import { useSession } from '../../../kit/session';
import { welcomeChoices, type Choice } from './choices';

export type { Choice };

export function WelcomeStep({
  server,
  choice,
  onChoice,
  onNewInstallation,
  onConnect,
}: {
  server: boolean;
  choice: Choice;
  onChoice: (choice: Choice) => void;
  onNewInstallation: () => void;
  onConnect: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  // What the policy allows is known before the choices show: a demo choice must not flash by.
  const info = useBridgeQuery('app:info', {});
  const choices = welcomeChoices(server, info.data);
  const demo = useMutation({
    mutationFn: () => call('vault:setup-demo', {}),
    onSuccess: async (accounts) => {
      session.setDemoAccounts(accounts);
      await session.refresh();
    },
  });
  return (
    <Box>
      <Typography sx={{ mb: 3 }}>{t(server ? 'setup.welcome.serverIntro' : 'setup.welcome.intro')}</Typography>
      {server ? null : info.isPending ? (
        <Skeleton variant="rectangular" height={200} sx={{ mb: 3 }} />
      ) : (
        <FormControl component="fieldset" sx={{ mb: 3 }}>
          <FormLabel component="legend" sx={{ mb: 1, fontWeight: 600, color: 'text.primary' }}>
            {t('setup.welcome.question')}
          </FormLabel>
          <RadioGroup value={choice} onChange={(event) => onChoice(event.target.value as Choice)}>
            {choices.map((option) => (
              <FormControlLabel
                key={option}
                value={option}
                control={<Radio />}
                sx={{ alignItems: 'flex-start', mb: 1.5, '& .MuiRadio-root': { mt: -0.75 } }}
                label={
                  <>
                    <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                      {t(`setup.welcome.${option}.label`)}
                    </Box>
                    <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                      {t(`setup.welcome.${option}.description`)}
                    </Box>
                  </>
                }
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {choice === 'new' ? (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button variant="contained" onClick={onNewInstallation}>
            {t('setup.next')}
          </Button>
        </Box>
      ) : null}
      {choice === 'team' ? (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button variant="contained" onClick={onConnect}>
            {t('setup.next')}
          </Button>
        </Box>
      ) : null}
      {choice === 'demo' && choices.includes('demo') ? (
        <Box>
          <FormAlert error={demo.error} />
          <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button variant="contained" onClick={() => demo.mutate()} loading={demo.isPending} loadingPosition="start">
              {t('setup.welcome.demo.submit')}
            </Button>
          </Box>
        </Box>
      ) : null}
      {choice === 'restore' ? <RestoreBackupForm headingLevel="h3" /> : null}
    </Box>
  );
}
