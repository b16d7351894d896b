// /casussen/:id/afdrukken — the casusoverzicht as an A4 sheet, marked Vertrouwelijk. "Afdrukken…"
// asks for the reason and paper or PDF; core checks access to the casus and logs the disclosure.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useBridgeQuery } from '../../kit/bridge';
import { errorCode } from '../../kit/forms';
import { PrintPage } from '../../kit/print/PrintPage';
import { CaseNotFound } from './CaseNotFound';
import { CaseOverviewSheet } from './CaseOverviewSheet';

export function CasePrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams()['id']);
  const valid = Number.isInteger(id) && id > 0;
  const dossier = useBridgeQuery('cases:get', { id: valid ? id : 1 }, { enabled: valid });
  if (!valid || errorCode(dossier.error) === 'NOT_FOUND') return <CaseNotFound />;
  return (
    <PrintPage
      title={t('cases.print.title', { number: dossier.data?.number ?? '' })}
      back={{ to: `/casussen/${id}`, label: t('cases.print.back') }}
      document="casusoverzicht"
      subject={{ type: 'casus', id }}
      data={dossier.data}
      pending={dossier.isPending}
      error={dossier.error}
    >
      {(data) => <CaseOverviewSheet dossier={data} />}
    </PrintPage>
  );
}
