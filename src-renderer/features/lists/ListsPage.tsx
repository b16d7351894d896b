// Beheer > Keuzelijsten: the configurable lists (ideologie, ernst, besluit, interventie, bron,
// partner) and the ZVH regions with their municipalities, one tab each. Every tab stays mounted,
// so an edit in one survives a look at another; the chosen tab lives in the address.
import { Alert, Box, Paper, Skeleton, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LIST_NAMES } from '../../../src-shared/ipc/lists';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { ListEditor } from './ListEditor';
import { RegionsEditor } from './RegionsEditor';

const TABS = [...LIST_NAMES, 'regios'] as const;
type TabName = (typeof TABS)[number];

export function ListsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const reference = useBridgeQuery('lists:get', {});
  const chosen = TABS.find((name) => name === params.get('lijst')) ?? TABS[0];
  const label = (name: TabName) => (name === 'regios' ? t('lists.regions.title') : t(`lists.names.${name}`));

  return (
    <>
      <PageHeader title={t('lists.title')} intro={t('lists.pageIntro')} />
      {reference.isPending ? <Skeleton variant="rectangular" height={240} /> : null}
      {reference.isError ? <Alert severity="error">{describeError(t, reference.error)}</Alert> : null}
      {reference.data ? (
        <Paper variant="outlined">
          <Tabs
            value={chosen}
            onChange={(_event, next: TabName) => setParams({ lijst: next }, { replace: true })}
            variant="scrollable"
            aria-label={t('lists.tabsLabel')}
            sx={{ borderBottom: 1, borderColor: 'divider' }}
          >
            {TABS.map((name) => (
              <Tab
                key={name}
                value={name}
                label={label(name)}
                id={`keuzelijst-tab-${name}`}
                aria-controls={`keuzelijst-paneel-${name}`}
              />
            ))}
          </Tabs>
          {TABS.map((name) => (
            <Box
              key={name}
              role="tabpanel"
              id={`keuzelijst-paneel-${name}`}
              aria-labelledby={`keuzelijst-tab-${name}`}
              hidden={name !== chosen}
              sx={{ p: 3 }}
            >
              {name === 'regios' ? (
                <RegionsEditor data={reference.data} />
              ) : (
                <ListEditor list={name} values={reference.data.lists[name]} />
              )}
            </Box>
          ))}
        </Paper>
      ) : null}
    </>
  );
}
