// Possible existing persons, shown while the name and birth data are typed: who they are, why they
// match (naam, alias, geboortedatum, geboortejaar) and their open casus. The user picks one ("Dit
// is deze persoon") or explicitly goes on with a new person; until then the form is not sent.
import PersonSearchOutlined from '@mui/icons-material/PersonSearchOutlined';
import { Alert, Box, Button, Chip, CircularProgress, Paper, Typography } from '@mui/material';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { PersonMatch } from '../../../src-shared/ipc/persons';

interface PossibleMatchesProps {
  matches: PersonMatch[];
  loading: boolean;
  /** The user chose "new person" for exactly these matches. */
  decidedNew: boolean;
  /** Sending was refused because no choice was made. */
  mustChoose: boolean;
  onChoose: (match: PersonMatch) => void;
  onNew: () => void;
  panelRef: Ref<HTMLElement>;
}

export function PossibleMatches({
  matches,
  loading,
  decidedNew,
  mustChoose,
  onChoose,
  onNew,
  panelRef,
}: PossibleMatchesProps) {
  const { t } = useTranslation();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="mogelijke-personen"
      ref={panelRef}
      tabIndex={-1}
      sx={{
        p: 2,
        outline: 'none',
        borderColor: mustChoose ? 'error.main' : undefined,
        borderWidth: mustChoose ? 2 : 1,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <PersonSearchOutlined aria-hidden sx={{ color: 'primary.main' }} />
        <Typography variant="h3" id="mogelijke-personen" sx={{ flex: 1 }}>
          {t('signals.matches.heading')}
        </Typography>
        {loading ? <CircularProgress size={18} aria-label={t('signals.matches.searching')} /> : null}
      </Box>
      {/* Announced as they change, so a screen-reader user knows there are candidates. */}
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
        {matches.length === 0
          ? t('signals.matches.none')
          : matches.length === 1
            ? t('signals.matches.countOne')
            : t('signals.matches.count', { n: matches.length })}
      </Typography>
      {mustChoose ? (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {t('signals.matches.mustChoose')}
        </Alert>
      ) : null}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
        {matches.map((match) => (
          <Box component="li" key={match.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            <Typography sx={{ fontWeight: 600 }}>{match.naam}</Typography>
            <Typography variant="body2" color="text.secondary">
              {[
                match.roepnaam ? t('signals.matches.roepnaam', { name: match.roepnaam }) : null,
                match.geboortedatum
                  ? t('signals.matches.born', { date: formatDate(match.geboortedatum) })
                  : match.geboortejaar
                    ? t('signals.matches.bornYear', { year: match.geboortejaar })
                    : null,
                match.gemeente,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
            {match.aliases.length ? (
              <Typography variant="body2" color="text.secondary">
                {t('signals.matches.aliases', { names: match.aliases.join(', ') })}
              </Typography>
            ) : null}
            <Box
              sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, my: 1 }}
              aria-label={t('signals.matches.why')}
              role="group"
            >
              {match.reasons.map((reason) => (
                <Chip
                  key={reason}
                  size="small"
                  variant="outlined"
                  color="primary"
                  label={t(`signals.matches.reasons.${reason}`)}
                />
              ))}
            </Box>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {match.openCase
                ? t('signals.matches.openCase', {
                    number: match.openCase.number,
                    state: t(`common:caseStates.${match.openCase.state}`),
                  })
                : t('signals.matches.noOpenCase')}
            </Typography>
            {/* Outlined: one of several equal choices, not the page's main action. */}
            <Button
              size="small"
              variant="outlined"
              onClick={() => onChoose(match)}
              aria-label={t('signals.matches.chooseLabel', { name: match.naam })}
            >
              {t('signals.matches.choose')}
            </Button>
          </Box>
        ))}
      </Box>
      {matches.length > 0 ? (
        <Box sx={{ mt: 1.5 }}>
          {decidedNew ? (
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t('signals.matches.decidedNew')}
            </Typography>
          ) : (
            <Button variant="outlined" onClick={onNew}>
              {t('signals.matches.newPerson')}
            </Button>
          )}
        </Box>
      ) : null}
    </Paper>
  );
}
