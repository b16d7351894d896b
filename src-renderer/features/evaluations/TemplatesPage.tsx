// Vragenlijsten: every version of every questionnaire, which versions rounds use (those are
// read-only: editing one makes the next version), a new questionnaire, import from a JSON file
// (a file with errors imports nothing; every error is listed with its place) and export.
import AddOutlined from '@mui/icons-material/AddOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import { Alert, Box, Button, Link, Skeleton } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import { describePath } from '../../../src-shared/domain/questionnaire';
import type { TemplateSummary } from '../../../src-shared/ipc/evaluations';
import { BridgeFailure, call, describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable } from '../../kit/DataTable';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../../kit/session';
import { formatNumber } from './format';

/** The errors of a refused import, each with its place in the file, in the file's order. */
function ImportErrors({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const fields = error instanceof BridgeFailure ? Object.entries(error.error.fields ?? {}) : [];
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {describeError(t, error)}
      {fields.length > 0 ? (
        <Box component="ul" aria-label={t('evaluations.templates.importErrors')} sx={{ m: 0, mt: 1, pl: 3 }}>
          {fields.map(([path, field]) => (
            <li key={path}>
              {t('evaluations.templates.importError', {
                plek: describePath(path),
                fout: t(`common:${field.key}`, field.params ?? {}),
              })}
            </li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const templates = useBridgeQuery('evaluations:templates', {});
  const [importError, setImportError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const canEdit = canUse('evaluations:save-template', user);

  async function importFile() {
    setBusy(true);
    setImportError(null);
    try {
      const result = await call('evaluations:import-template', {});
      if (result.imported && result.template) {
        await queryClient.invalidateQueries({ queryKey: ['evaluations:templates'] });
        notice.success(
          t('evaluations.templates.imported', { titel: result.template.titel, versie: result.template.versie }),
        );
      }
    } catch (error) {
      setImportError(error);
    } finally {
      setBusy(false);
    }
  }

  async function exportFile(template: TemplateSummary) {
    try {
      const result = await call('evaluations:export-template', { id: template.id });
      if (result.saved) notice.success(t('evaluations.templates.exported', { file: result.fileName ?? '' }));
    } catch (error) {
      notice.error(error);
    }
  }

  return (
    <>
      <PageHeader
        title={t('evaluations.templates.title')}
        intro={t('evaluations.templates.intro')}
        back={{ to: '/evaluaties', label: t('evaluations.templates.backToRounds') }}
        actions={
          <>
            {canEdit ? (
              <>
                <Button
                  variant="outlined"
                  startIcon={<FileUploadOutlined aria-hidden />}
                  disabled={busy}
                  onClick={() => void importFile()}
                >
                  {t('evaluations.templates.import')}
                </Button>
                <Button
                  variant="contained"
                  component={RouterLink}
                  to="/evaluaties/vragenlijsten/nieuw"
                  startIcon={<AddOutlined aria-hidden />}
                >
                  {t('evaluations.templates.new')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {importError ? <ImportErrors error={importError} /> : null}
      {templates.error ? <Alert severity="error">{describeError(t, templates.error)}</Alert> : null}
      {templates.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {templates.data ? (
        <DataTable
          label={t('evaluations.templates.table')}
          rows={templates.data}
          rowKey={(template) => template.id}
          columns={[
            {
              key: 'titel',
              header: t('evaluations.templates.col.titel'),
              rowHeader: true,
              cell: (template) => (
                <Link component={RouterLink} to={`/evaluaties/vragenlijsten/${template.id}`}>
                  {template.titel}
                </Link>
              ),
            },
            {
              key: 'versie',
              header: t('evaluations.templates.col.versie'),
              cell: (template) =>
                template.latest
                  ? t('evaluations.templates.latestVersion', { versie: template.versie })
                  : t('evaluations.templates.olderVersion', { versie: template.versie }),
            },
            {
              key: 'questions',
              header: t('evaluations.templates.col.questions'),
              numeric: true,
              cell: (template) => formatNumber(template.questions),
            },
            {
              key: 'use',
              header: t('evaluations.templates.col.use'),
              cell: (template) =>
                template.rounds > 0
                  ? t('evaluations.templates.inUse', { count: template.rounds })
                  : t('evaluations.templates.notInUse'),
            },
            {
              key: 'created',
              header: t('evaluations.templates.col.created'),
              cell: (template) => formatDate(template.createdAt),
            },
            {
              key: 'actions',
              header: t('evaluations.templates.col.actions'),
              cell: (template) => (
                <Button
                  size="small"
                  startIcon={<FileDownloadOutlined aria-hidden />}
                  aria-label={t('evaluations.templates.exportOf', { titel: template.titel, versie: template.versie })}
                  onClick={() => void exportFile(template)}
                >
                  {t('evaluations.templates.export')}
                </Button>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
