// First run: the set-up wizard (MUI Stepper). Welkom (new installation, demo or restore) ->
// Beheerder -> Gegevenslocatie -> Herstelsleutel -> Controleren, which calls vault:setup and logs
// the beheerder in. On the team's PostgreSQL server (status.server) there is no file and no key:
// Welkom -> Beheerder -> Controleren. Connecting to the team's CTER server (team mode, the third
// choice): Welkom -> Server -> Vingerafdruk, which calls team:connect; the login screen follows.
// All input lives here, so a step that fails never loses what was typed.
import { Box, Paper, Step as MuiStep, StepLabel, Stepper, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useBridgeQuery } from '../../../kit/bridge';
import { bridgeFieldErrors, FormAlert, type FieldErrors } from '../../../kit/forms';
import { GateLayout } from '../../../kit/GateLayout';
import { usePageTitle } from '../../../kit/usePageTitle';
import { useSession } from '../../../kit/session';
import { AdminStep } from './AdminStep';
import { ConfirmStep } from './ConfirmStep';
import { FolderStep } from './FolderStep';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { FingerprintStep } from './FingerprintStep';
import { ServerStep } from './ServerStep';
import { folderManaged } from './choices';
import { EMPTY_TEAM, type TeamValues } from './team';
import {
  EMPTY_SETUP,
  firstStepWithError,
  SERVER_STEPS,
  STEPS,
  TEAM_STEPS,
  type SetupValues,
  type Step,
} from './values';
import { WelcomeStep, type Choice } from './WelcomeStep';

export function SetupWizard() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('setup.title'));
  const [step, setStep] = useState<Step>('welcome');
  const [values, setValues] = useState<SetupValues>(EMPTY_SETUP);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [printing, setPrinting] = useState(false);
  const [choice, setChoice] = useState<Choice>('new');
  const [team, setTeam] = useState<TeamValues>(EMPTY_TEAM);
  const heading = useRef<HTMLHeadingElement>(null);
  const server = session.status?.server ?? false;
  const connecting = choice === 'team' && !server;
  const steps: readonly Step[] = server ? SERVER_STEPS : connecting ? TEAM_STEPS : STEPS;
  const index = steps.indexOf(step);
  // Made by core when the wizard leaves Welkom, and kept there until set-up succeeds (not for a team server).
  // What the administrator's policy fixes (choices.ts): the demo left out, the data folder fixed.
  const info = useBridgeQuery('app:info', {});
  const proposal = useBridgeQuery(
    'vault:prepare-setup',
    {},
    { enabled: step !== 'welcome' && !connecting, staleTime: Infinity },
  );

  const setup = useMutation({
    mutationFn: () => call('vault:setup', values),
    onSuccess: ({ user }) => session.signedIn(user),
    onError: (error) => {
      const fields = bridgeFieldErrors(error);
      setErrors(fields);
      setStep(firstStepWithError(fields, steps) ?? 'confirm');
    },
  });

  // A new step: its heading takes focus, so keyboard and screen-reader users start at the top.
  // When the step was opened because of an error, the step puts focus on the field instead.
  const first = useRef(true);
  const hasErrors = Object.keys(errors).length > 0;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!printing && !hasErrors) heading.current?.focus();
    // Only a change of step (or the end of the print view) moves focus, not each keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, printing]);

  const update = (change: Partial<SetupValues>) => setValues((previous) => ({ ...previous, ...change }));
  const updateTeam = (change: Partial<TeamValues>) => setTeam((previous) => ({ ...previous, ...change }));
  const go = (next: Step) => {
    setup.reset();
    setStep(next);
  };

  if (printing && proposal.data?.recoveryKey) {
    return (
      <GateLayout width={960}>
        <RecoveryKeySheet recoveryKey={proposal.data.recoveryKey} onBack={() => setPrinting(false)} />
      </GateLayout>
    );
  }

  const stepProps = { values, update, errors, setErrors };
  return (
    <GateLayout width={880}>
      <Typography variant="h1" sx={{ mb: 3 }}>
        {t('setup.title')}
      </Typography>
      <Stepper activeStep={index} alternativeLabel sx={{ mb: 3 }} aria-label={t('setup.stepsLabel')}>
        {steps.map((name) => (
          <MuiStep key={name}>
            <StepLabel>{t(`setup.steps.${name}`)}</StepLabel>
          </MuiStep>
        ))}
      </Stepper>
      <Paper variant="outlined" component="section" aria-labelledby="stap-titel" sx={{ p: { xs: 3, md: 4 } }}>
        <Typography variant="h2" id="stap-titel" ref={heading} tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
          {t('setup.stepHeading', { number: index + 1, total: steps.length, name: t(`setup.steps.${step}`) })}
        </Typography>
        {step !== 'welcome' && !connecting ? <FormAlert error={proposal.error ?? setup.error} /> : null}
        <Box>
          {step === 'welcome' ? (
            <WelcomeStep
              server={server}
              choice={choice}
              onChoice={setChoice}
              onNewInstallation={() => go('admin')}
              onConnect={() => go('server')}
            />
          ) : null}
          {step === 'server' ? (
            <ServerStep
              values={team}
              update={updateTeam}
              onBack={() => go('welcome')}
              onProbed={(probed) => {
                updateTeam({ probed });
                go('fingerprint');
              }}
            />
          ) : null}
          {step === 'fingerprint' && team.probed ? (
            <FingerprintStep
              values={{ ...team, probed: team.probed }}
              update={updateTeam}
              onBack={() => go('server')}
            />
          ) : null}
          {step === 'admin' ? (
            <AdminStep {...stepProps} onBack={() => go('welcome')} onNext={() => go(server ? 'confirm' : 'folder')} />
          ) : null}
          {step === 'folder' && proposal.data ? (
            <FolderStep
              {...stepProps}
              defaultFolder={proposal.data.defaultFolder}
              managed={folderManaged(info.data)}
              onBack={() => go('admin')}
              onNext={() => go('recoveryKey')}
            />
          ) : null}
          {step === 'recoveryKey' && proposal.data?.recoveryKey ? (
            <RecoveryKeyStep
              recoveryKey={proposal.data.recoveryKey}
              onPrint={() => setPrinting(true)}
              onBack={() => go('folder')}
              onNext={() => go('confirm')}
            />
          ) : null}
          {step === 'confirm' && proposal.data ? (
            <ConfirmStep
              {...stepProps}
              proposal={proposal.data}
              server={server}
              busy={setup.isPending}
              onBack={() => go(server ? 'admin' : 'recoveryKey')}
              onFinish={() => setup.mutate()}
            />
          ) : null}
        </Box>
      </Paper>
    </GateLayout>
  );
}
