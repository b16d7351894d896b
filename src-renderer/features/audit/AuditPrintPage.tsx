// The print view of one page of the audit log (the same filter and page as on screen), as an A4
// sheet. "Afdrukken…" asks for the reason and paper or PDF (PrintDialog -> print:view).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime, formatNumber } from '../../../src-shared/domain/format';
import { useBridgeQuery } from '../../kit/bridge';
import { PrintPage } from '../../kit/print/PrintPage';
import { useSession } from '../../kit/session';
import { AuditFilterSummary } from './AuditFilterSummary';
import { AuditTable } from './AuditTable';
import { PAGE_SIZE, selectionFromParams } from './filter';

export function AuditPrintPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params] = useSearchParams();
  const { filter, page } = selectionFromParams(params);
  const offset = page * PAGE_SIZE;
  const entries = useBridgeQuery('audit:query', { filter, offset, limit: PAGE_SIZE }, { staleTime: 0 });
  // The moment the sheet was made, as printed on it.
  const [madeAt] = useState(() => new Date());

  return (
    <PrintPage
      title={t('audit.printView.title')}
      back={{ to: { pathname: '/beheer/auditlog', search: params.toString() }, label: t('audit.printView.back') }}
      document="audit-log"
      data={entries.data}
      pending={entries.isPending}
      error={entries.error}
      lead={
        <dl className="definition-list">
          <dt>{t('audit.printView.selection')}</dt>
          <dd>
            <AuditFilterSummary filter={filter} />
          </dd>
          {entries.data ? (
            <>
              <dt>{t('audit.printView.rows')}</dt>
              <dd>
                {entries.data.total === 0
                  ? t('audit.empty')
                  : t('audit.printView.rowsValue', {
                      first: formatNumber(offset + 1),
                      last: formatNumber(offset + entries.data.entries.length),
                      total: formatNumber(entries.data.total),
                    })}
              </dd>
            </>
          ) : null}
          <dt>{t('audit.printView.made')}</dt>
          <dd>{t('audit.printView.madeValue', { at: formatDateTime(madeAt), name: user?.displayName ?? '' })}</dd>
        </dl>
      }
    >
      {(data) => (data.total > 0 ? <AuditTable entries={data.entries} labelledBy="afdruk-titel" printed /> : null)}
    </PrintPage>
  );
}
