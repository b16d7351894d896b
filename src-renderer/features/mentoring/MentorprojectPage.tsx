// Mentorproject ONE-on-ONE: the year dashboard, the mentors, their trainings and intervision and
// the network activities, one tab each, and the anonymised dataset for the external evaluation.
// The tabs come from one list (MENTOR_TABS); the trajectories (features/trajectories) are one of
// them, and also have a page of their own at /mentorproject/trajecten.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, Tab, Tabs } from '@mui/material';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../../kit/session';
import { ActivitiesTab } from './ActivitiesTab';
import { DashboardTab } from './DashboardTab';
import { MentorExportDialog } from './MentorExportDialog';
import { MentorsTab } from './MentorsTab';
import { chosenTab, visibleTabs, type TabEntry } from './tabs';
import { TrainingsTab } from './TrainingsTab';
import { TrajectoriesList } from '../trajectories';

interface MentorTab extends TabEntry {
  Panel: ComponentType;
}

/** The tabs in order. A new part of the project adds its tab here. */
export const MENTOR_TABS: readonly MentorTab[] = [
  { key: 'dashboard', channel: 'mentoring:dashboard', Panel: DashboardTab },
  { key: 'mentoren', channel: 'mentoring:mentors', Panel: MentorsTab },
  { key: 'trajecten', channel: 'trajectories:list', Panel: TrajectoriesList },
  { key: 'trainingen', channel: 'mentoring:trainings', Panel: TrainingsTab },
  { key: 'activiteiten', channel: 'mentoring:activities', Panel: ActivitiesTab },
];

export function MentorprojectPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const tabs = visibleTabs(MENTOR_TABS, user);
  const tab = chosenTab(tabs, params.get('tab'));

  return (
    <>
      <PageHeader
        title={t('mentoring.title')}
        intro={t('mentoring.intro')}
        focusKey={pathname}
        actions={
          canUse('mentoring:export', user) ? (
            <Button
              variant="outlined"
              startIcon={<FileDownloadOutlined aria-hidden />}
              onClick={() => setExporting(true)}
            >
              {t('mentoring.export.button')}
            </Button>
          ) : null
        }
      />
      {tab ? (
        <>
          <Tabs
            value={tab.key}
            // Only the tab changes in the address; other choices (year, filters) belong to a tab.
            onChange={(_event, next: string) => setParams({ tab: next }, { replace: true })}
            aria-label={t('mentoring.tabs.label')}
            variant="scrollable"
            scrollButtons="auto"
            sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
          >
            {tabs.map((entry) => (
              <Tab
                key={entry.key}
                value={entry.key}
                id={`mentor-tab-${entry.key}`}
                aria-controls={entry.key === tab.key ? `mentor-paneel-${entry.key}` : undefined}
                label={t(`mentoring.tabs.${entry.key}`)}
              />
            ))}
          </Tabs>
          <Box role="tabpanel" id={`mentor-paneel-${tab.key}`} aria-labelledby={`mentor-tab-${tab.key}`}>
            <tab.Panel />
          </Box>
        </>
      ) : (
        <Alert severity="info">{t('mentoring.noTabs')}</Alert>
      )}
      {exporting ? <MentorExportDialog onClose={() => setExporting(false)} /> : null}
    </>
  );
}
