// The facts of a trajectory: where it came from (the casus, when the caller may see it, or the
// partner that reported), region and municipality, the mentee's first name and year of birth,
// dates, and for an ended one the reason and outcome.
import { Box, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { gemeenteName, listLabel, regionName, useReferenceData } from '../lists';
import { Part } from '../../kit/Part';

export function TrajectoryFacts({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const facts: [string, ReactNode][] = [
    [
      t('trajectories.facts.bron'),
      view.bron === 'casus_interventie' ? (
        view.casus ? (
          <Link component={RouterLink} to={`/casussen/${view.casus.id}`}>
            {t('trajectories.facts.fromCase', { number: view.casus.number })}
          </Link>
        ) : (
          t('trajectories.bron.casus_interventie')
        )
      ) : (
        t('trajectories.facts.fromPartner', { partner: listLabel(reference, 'partner', view.aanmelderPartner) })
      ),
    ],
    [t('trajectories.facts.region'), regionName(reference, view.regionId)],
    [t('trajectories.facts.gemeente'), view.gemeenteId ? gemeenteName(reference, view.gemeenteId) : '–'],
    [t('trajectories.facts.mentee'), view.menteeRoepnaam || '–'],
    [t('trajectories.facts.geboortejaar'), view.menteeGeboortejaar ? String(view.menteeGeboortejaar) : '–'],
    [t('trajectories.facts.aanmeld'), formatDate(view.aanmeldDatum)],
    [t('trajectories.facts.start'), view.startDatum ? formatDate(view.startDatum) : '–'],
    [t('trajectories.facts.eind'), view.eindDatum ? formatDate(view.eindDatum) : '–'],
  ];
  if (view.eindReden)
    facts.push([t('trajectories.facts.eindReden'), t(`common:mentorExport.labels.eindreden.${view.eindReden}`)]);
  if (view.uitkomst)
    facts.push([t('trajectories.facts.uitkomst'), t(`common:mentorExport.labels.uitkomst.${view.uitkomst}`)]);
  return (
    <Part id="gegevens" title={t('trajectories.facts.heading')}>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 3,
          rowGap: 0.75,
          m: 0,
        }}
      >
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Part>
  );
}
