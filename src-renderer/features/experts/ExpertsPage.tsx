// /experts: the gemeentelijke experts CTER. Per year: the overview of consultations (advies) per
// municipality and per expert, and the consultations themselves; then which municipalities each
// expert supports. An expert records their own consultations; a beheerder links experts to
// municipalities; the ZVH and the evaluator read.
import { Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../session/session';
import { AdviesSection } from './AdviesSection';
import { ExpertsSection } from './ExpertsSection';
import { OverviewSection } from './OverviewSection';
import { yearChoices } from './experts';

export function ExpertsPage() {
  const { t } = useTranslation();
  const current = new Date().getFullYear();
  const [year, setYear] = useState(current);
  // An expert comes to record a consultation: their list goes first; the others come for the overview.
  const recorder = canUse('experts:save-advies', useSession().user);
  return (
    <>
      <PageHeader title={t('experts.title')} intro={t('experts.intro')} />
      <Box sx={{ display: 'grid', gap: 3, maxWidth: 1200 }}>
        <TextField
          select
          label={t('experts.year')}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          sx={{ maxWidth: 200 }}
          size="small"
        >
          {yearChoices(current).map((value) => (
            <MenuItem key={value} value={value}>
              {value}
            </MenuItem>
          ))}
        </TextField>
        {recorder ? <AdviesSection year={year} /> : null}
        <OverviewSection year={year} />
        {recorder ? null : <AdviesSection year={year} />}
        <ExpertsSection />
      </Box>
    </>
  );
}
