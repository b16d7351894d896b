// The top of the dossier: who the person is, the casus (number, status, region, procesregisseur,
// afgeschermd), other cases of the person, and what can be done: change the status, print the
// overview, and the person's rights (correct, restrict, inzage).
import LockOutlined from '@mui/icons-material/LockOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Box, Button, Chip, Link, Paper, Typography } from '@mui/material';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { isClosed } from '../../../src-shared/domain/casus';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { useRegisterPrint } from '../../kit/commands';
import { PageHeader } from '../../kit/PageHeader';
import { PersonFacts } from '../persons';
import { PersonMenu } from './PersonMenu';
import { StatusButton } from './StatusButton';

export function DossierHeader({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toPrint = useCallback(() => void navigate(`/casussen/${dossier.id}/afdrukken`), [navigate, dossier.id]);
  useRegisterPrint(toPrint);
  const state = t(`common:caseStates.${dossier.state}`);

  return (
    <>
      <PageHeader
        title={dossier.person.naam}
        actions={
          <>
            <StatusButton dossier={dossier} />
            <Button variant="outlined" startIcon={<PrintOutlined aria-hidden />} onClick={toPrint}>
              {t('cases.header.print')}
            </Button>
            <PersonMenu person={dossier.person} caseId={dossier.id} />
          </>
        }
      />
      <Box
        component="section"
        aria-label={t('cases.header.caseLabel')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: -2, mb: 2 }}
      >
        <Typography component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
          {t('cases.header.number', { number: dossier.number })}
        </Typography>
        <Chip
          label={t('cases.header.state', { state })}
          color={isClosed(dossier.state) ? 'default' : 'primary'}
          variant={isClosed(dossier.state) ? 'outlined' : 'filled'}
          size="small"
        />
        {dossier.outcome ? (
          <Chip size="small" variant="outlined" label={t(`common:caseOutcomes.${dossier.outcome}`)} />
        ) : null}
        {dossier.afgeschermd ? (
          <Chip
            size="small"
            color="secondary"
            variant="outlined"
            icon={<LockOutlined aria-hidden />}
            label={t('search.badges.afgeschermdShort')}
          />
        ) : null}
        <Typography component="span" color="text.secondary">
          {dossier.region}
        </Typography>
        <Typography component="span" color="text.secondary">
          {dossier.procesregisseur
            ? t('cases.header.regisseur', { name: dossier.procesregisseur.displayName })
            : t('cases.header.noRegisseur')}
        </Typography>
      </Box>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="persoon-kop">
        <Typography variant="h2" id="persoon-kop" sx={{ fontSize: '1rem', mb: 1 }}>
          {t('cases.header.person')}
        </Typography>
        <PersonFacts person={dossier.person} />
        {dossier.otherCases.length > 0 ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('cases.header.otherCases')}{' '}
            {dossier.otherCases.map((other, index) => (
              <span key={other.id}>
                {index > 0 ? ', ' : null}
                <Link component={RouterLink} to={`/casussen/${other.id}`}>
                  {t('cases.header.otherCase', {
                    number: other.number,
                    state: t(`common:caseStates.${other.state}`),
                  })}
                </Link>
              </span>
            ))}
          </Typography>
        ) : null}
      </Paper>
    </>
  );
}
