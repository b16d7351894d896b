// /beheer/convenant — for the functioneel beheerder: the versions with their status (concept,
// vastgesteld, vervallen), importing a new version from a Markdown file (resources/convenant/
// FORMAT.md; core's format errors are listed by line and nothing is imported), exporting a
// version to the same format, the synonym list that search uses, and the questions colleagues
// reported from the search without a good answer (QuestionsSection), to grow that list from.
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import { Alert, Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONVENANT_STATUSES, type ConvenantStatus } from '../../../src-shared/domain/convenant';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { ConvenantVersion } from '../../../src-shared/ipc/convenant';
import { BridgeFailure, call, describeError } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { QuestionsSection } from './QuestionsSection';
import { SynonymsEditor } from './SynonymsEditor';
import { importErrors } from './text';
import { useConvenantVersions } from './useConvenant';

export function ConvenantBeheerPage() {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const versions = useConvenantVersions();
  // Every reader of the covenant (text, search, versions) starts again from core.
  const refresh = () =>
    Promise.all(
      ['convenant:versions', 'convenant:get', 'convenant:search', 'convenant:compare'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
  const importing = useMutation({
    mutationFn: () => call('convenant:import', {}),
    onSuccess: async (result) => {
      if (!result.imported || !result.version) return notice.info(t('convenant.beheer.importCancelled'));
      await refresh();
      notice.success(t('convenant.beheer.imported', { versie: result.version.versie, count: result.version.articles }));
    },
  });
  const status = useMutation({
    mutationFn: (input: { versionId: number; status: ConvenantStatus }) => call('convenant:set-status', input),
    onSuccess: async (version) => {
      await refresh();
      notice.success(
        t('convenant.beheer.statusSaved', {
          versie: version.versie,
          status: t(`convenant.statuses.${version.status}`),
        }),
      );
    },
    onError: (error) => notice.error(error),
  });
  const exporting = useMutation({
    mutationFn: (versionId: number) => call('convenant:export', { versionId }),
    onSuccess: (result) =>
      result.saved
        ? notice.success(t('printView.savedAs', { fileName: result.fileName ?? '' }))
        : notice.info(t('convenant.beheer.exportCancelled')),
    onError: (error) => notice.error(error),
  });
  const errors =
    importing.error instanceof BridgeFailure && importing.error.error.code === 'CONVENANT_INVALID'
      ? importErrors(importing.error.error.fields)
      : [];
  const columns: DataColumn<ConvenantVersion>[] = [
    { key: 'titel', header: t('convenant.beheer.columns.titel'), cell: (version) => version.titel },
    { key: 'versie', header: t('convenant.beheer.columns.versie'), cell: (version) => version.versie },
    {
      key: 'ingang',
      header: t('convenant.beheer.columns.ingang'),
      cell: (version) => formatDate(version.ingangsdatum),
      nowrap: true,
      priority: 2,
    },
    {
      key: 'artikelen',
      header: t('convenant.beheer.columns.artikelen'),
      cell: (version) => version.articles,
      priority: 3,
    },
    {
      key: 'geimporteerd',
      header: t('convenant.beheer.columns.geimporteerd'),
      cell: (version) => formatDateTime(version.importedAt),
      nowrap: true,
      priority: 3,
    },
    {
      key: 'status',
      header: t('convenant.beheer.columns.status'),
      cell: (version) => (
        <TextField
          select
          size="small"
          value={version.status}
          label={t('convenant.beheer.statusOf', { versie: version.versie })}
          onChange={(event) => status.mutate({ versionId: version.id, status: event.target.value as ConvenantStatus })}
          sx={{ minWidth: 170 }}
        >
          {CONVENANT_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`convenant.statuses.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      ),
    },
    {
      key: 'export',
      header: t('convenant.beheer.columns.export'),
      cell: (version) => (
        <Button
          size="small"
          onClick={() => exporting.mutate(version.id)}
          aria-label={t('convenant.beheer.exportOf', { versie: version.versie })}
        >
          {t('convenant.beheer.export')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('convenant.beheer.title')}
        intro={t('convenant.beheer.intro')}
        actions={
          <Button
            variant="contained"
            startIcon={<FileUploadOutlined aria-hidden />}
            onClick={() => importing.mutate()}
            loading={importing.isPending}
            loadingPosition="start"
          >
            {t('convenant.beheer.import')}
          </Button>
        }
      />
      {importing.error ? (
        <Box sx={{ mb: 3, maxWidth: 900 }}>
          <FormAlert error={importing.error} />
          {errors.length ? (
            <Box component="section" aria-labelledby="importfouten">
              <Typography variant="h2" id="importfouten" sx={{ fontSize: '1.125rem', mb: 1 }}>
                {t('convenant.beheer.errorsTitle')}
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 3 }}>
                {errors.map((error, index) => (
                  <Typography component="li" key={index}>
                    {t(`common:${error.key}`, error.params)}
                  </Typography>
                ))}
              </Box>
            </Box>
          ) : null}
        </Box>
      ) : null}
      <Box component="section" aria-labelledby="versies-kop" sx={{ mb: 4 }}>
        <Typography variant="h2" id="versies-kop" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t('convenant.beheer.versions')}
        </Typography>
        {versions.isError ? <Alert severity="error">{describeError(t, versions.error)}</Alert> : null}
        <DataTable
          columns={columns}
          rows={versions.data ?? []}
          rowKey={(version) => version.id}
          labelledBy="versies-kop"
          sx={{ maxWidth: 1100, bgcolor: 'background.paper' }}
        />
      </Box>
      <SynonymsEditor />
      <QuestionsSection />
    </>
  );
}
