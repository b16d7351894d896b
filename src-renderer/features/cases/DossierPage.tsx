// /casussen/:id — the dossier: everything about one casus on one page. A casus the user may not
// see does not exist for them (core answers NOT_FOUND), and the page says so without any detail.
import { Alert, Skeleton } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { errorCode } from '../../kit/forms';
import { CaseNotFound } from './CaseNotFound';
import { DossierHeader } from './DossierHeader';
import { DossierTabs, isDossierTab, type DossierTab } from './DossierTabs';
import { heldDossierTab } from './heldDrafts';
import { RestrictionBanner } from './RestrictionBanner';

export function DossierPage() {
  const { t } = useTranslation();
  const id = Number(useParams()['id']);
  const [params] = useSearchParams();
  const valid = Number.isInteger(id) && id > 0;
  const dossier = useBridgeQuery('cases:get', { id: valid ? id : 1 }, { enabled: valid, staleTime: 0 });
  if (!valid || errorCode(dossier.error) === 'NOT_FOUND') return <CaseNotFound />;
  if (dossier.isError) return <Alert severity="error">{describeError(t, dossier.error)}</Alert>;
  if (dossier.isPending) return <Skeleton variant="rectangular" height={320} />;
  return (
    <>
      <DossierHeader dossier={dossier.data} />
      <RestrictionBanner person={dossier.data.person} />
      {/* A new key per casus: the tab and open forms do not carry over to another dossier. */}
      <DossierTabs
        key={dossier.data.id}
        dossier={dossier.data}
        initialTab={firstTab(dossier.data, params.get('tab'))}
      />
    </>
  );
}

/** The tab of a form that had unsaved fields at a lock, else the link's tab or the timeline. */
function firstTab(dossier: CaseDossier, tab: string | null): DossierTab {
  return heldDossierTab(dossier) ?? (isDossierTab(tab) ? tab : 'tijdlijn');
}
