// The parts of the dossier as tabs (arrow keys move between them): tijdlijn, signalen with their
// weging, plan van aanpak, monitoring, notities, partners en toegang. A link can open a given tab
// (?tab=plan from Mijn werk); switching tabs does not change the address, so focus stays put.
import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { AccessTab } from './AccessTab';
import { MonitoringTab } from './MonitoringTab';
import { NotesTab } from './NotesTab';
import { PlanTab } from './PlanTab';
import { SignalsTab } from './SignalsTab';
import { TimelineTab } from './TimelineTab';

const TABS = ['tijdlijn', 'signalen', 'plan', 'monitoring', 'notities', 'toegang'] as const;
export type DossierTab = (typeof TABS)[number];

export function isDossierTab(value: string | null): value is DossierTab {
  return (TABS as readonly (string | null)[]).includes(value);
}

function count(dossier: CaseDossier, tab: DossierTab): number | null {
  switch (tab) {
    case 'signalen':
      return dossier.signals.length;
    case 'plan':
      return dossier.actions.length;
    case 'monitoring':
      return dossier.monitoring.length;
    case 'notities':
      return dossier.timeline.filter((item) => item.kind === 'notitie').length;
    default:
      return null;
  }
}

export function DossierTabs({ dossier, initialTab }: { dossier: CaseDossier; initialTab: DossierTab }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<DossierTab>(initialTab);
  return (
    <Box>
      <Tabs
        value={tab}
        onChange={(_event, next: DossierTab) => setTab(next)}
        aria-label={t('cases.tabs.label')}
        variant="scrollable"
        scrollButtons="auto"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {TABS.map((name) => {
          const n = count(dossier, name);
          return (
            <Tab
              key={name}
              value={name}
              id={`tab-${name}`}
              // Only the panel of the chosen tab exists; an id reference to nothing is an error.
              aria-controls={name === tab ? `tabpaneel-${name}` : undefined}
              label={
                n === null ? t(`cases.tabs.${name}`) : t('cases.tabs.withCount', { name: t(`cases.tabs.${name}`), n })
              }
            />
          );
        })}
      </Tabs>
      <Box role="tabpanel" id={`tabpaneel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'tijdlijn' ? <TimelineTab dossier={dossier} /> : null}
        {tab === 'signalen' ? <SignalsTab dossier={dossier} /> : null}
        {tab === 'plan' ? <PlanTab dossier={dossier} /> : null}
        {tab === 'monitoring' ? <MonitoringTab dossier={dossier} /> : null}
        {tab === 'notities' ? <NotesTab dossier={dossier} /> : null}
        {tab === 'toegang' ? <AccessTab dossier={dossier} /> : null}
      </Box>
    </Box>
  );
}
