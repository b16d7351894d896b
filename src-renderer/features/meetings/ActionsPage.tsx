// /acties — the follow-up of actions across meetings and cases: filter by casus (found by name or
// number), partner, status and overdue; each links to its casus and the meeting it came from. It
// opens on what is still to be done, the nearest deadline first, a page at a time.
import {
  Alert,
  Autocomplete,
  Box,
  FormControlLabel,
  Link,
  MenuItem,
  Skeleton,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ACTION_STATUSES, type ActionStatus } from '../../../src-shared/domain/casus';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import type { FollowUpAction } from '../../../src-shared/ipc/meetings';
import type { SearchRow } from '../../../src-shared/ipc/search';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { useDebounced } from '../../kit/useDebounced';
import { PageHeader } from '../../kit/PageHeader';
import { ShowMore, useShowMore } from '../../kit/ShowMore';
import { choices, listLabel, useReferenceData } from '../lists';

/** The casus filter: type part of a name or case number, choose with the arrows and Enter. */
function CaseFilter({ value, onChange }: { value: SearchRow | null; onChange: (row: SearchRow | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 200);
  const cases = useBridgeQuery('search:query', { text: settled, limit: 20 }, { enabled: settled.length > 1 });
  const label = (row: SearchRow) => `${row.caseNumber} ${row.naam}`;
  return (
    <Autocomplete<SearchRow>
      size="small"
      sx={{ minWidth: 360 }}
      options={cases.data?.rows ?? []}
      filterOptions={(options) => options}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.caseId === b.caseId}
      value={value}
      onChange={(_e, row) => onChange(row)}
      inputValue={search}
      onInputChange={(_e, text) => setSearch(text)}
      noOptionsText={settled.length > 1 ? t('meetings.agenda.noCases') : t('meetings.agenda.typeToSearch')}
      autoHighlight
      renderInput={(params) => <TextField {...params} label={t('meetings.actions.casusFilter')} />}
    />
  );
}

export function ActionsPage() {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const [casus, setCase] = useState<SearchRow | null>(null);
  const [partner, setPartner] = useState('');
  const [status, setStatus] = useState<ActionStatus | 'openstaand' | ''>('openstaand');
  const [overdue, setOverdue] = useState(false);
  const filter = {
    caseId: casus?.caseId ?? null,
    partner: partner || null,
    status: status || null,
    overdue,
  };
  const actions = useBridgeQuery('meetings:actions', filter);
  const page = useShowMore(actions.data ?? [], JSON.stringify(filter));
  const today = isoDay(new Date());
  const columns: DataColumn<FollowUpAction>[] = [
    {
      key: 'deadline',
      header: t('meetings.actions.deadline'),
      nowrap: true,
      cell: (a) => {
        const late = (a.status === 'open' || a.status === 'lopend') && a.deadline < today;
        return (
          <Box component="span" sx={late ? { color: 'error.main', fontWeight: 700 } : undefined}>
            {formatDate(a.deadline)}
            {late ? ` ${t('meetings.actions.late')}` : ''}
          </Box>
        );
      },
    },
    {
      key: 'casus',
      header: t('meetings.actions.casus'),
      cell: (a) => (
        <Link component={RouterLink} to={`/casussen/${a.caseId}`}>
          {`${a.caseNumber} ${a.naam}`}
        </Link>
      ),
    },
    {
      key: 'omschrijving',
      header: t('meetings.actions.omschrijving'),
      cell: (a) => a.omschrijving,
      style: { whiteSpace: 'pre-wrap' },
    },
    {
      key: 'actiehouder',
      header: t('meetings.actions.actiehouder'),
      cell: (a) =>
        [listLabel(reference, 'partner', a.actiehouderPartner), a.actiehouderNaam].filter(Boolean).join(' — '),
      priority: 2,
    },
    {
      key: 'status',
      header: t('meetings.actions.status'),
      cell: (a) => t(`common:actionStatuses.${a.status}`),
      priority: 2,
    },
    {
      key: 'meeting',
      header: t('meetings.actions.meeting'),
      cell: (a) =>
        a.meeting ? (
          <Link component={RouterLink} to={`/overleggen/${a.meeting.id}`}>
            {`${a.meeting.title} (${formatDate(a.meeting.datum)})`}
          </Link>
        ) : (
          '—'
        ),
      priority: 3,
    },
  ];
  return (
    <>
      <PageHeader title={t('meetings.actions.title')} intro={t('meetings.actions.intro')} />
      <Box
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
        role="group"
        aria-label={t('meetings.actions.filters')}
      >
        <CaseFilter value={casus} onChange={setCase} />
        <TextField
          select
          size="small"
          label={t('meetings.actions.partner')}
          value={partner}
          onChange={(e) => setPartner(e.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t('meetings.actions.all')}</MenuItem>
          {choices(reference, 'partner').map((p) => (
            <MenuItem key={p.code} value={p.code}>
              {p.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('meetings.actions.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as ActionStatus | 'openstaand' | '')}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="openstaand">{t('meetings.actions.toDo')}</MenuItem>
          <MenuItem value="">{t('meetings.actions.all')}</MenuItem>
          {ACTION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`common:actionStatuses.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Switch checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />}
          label={t('meetings.actions.overdue')}
        />
      </Box>
      {actions.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {actions.isError ? <Alert severity="error">{describeError(t, actions.error)}</Alert> : null}
      {actions.data ? (
        actions.data.length === 0 ? (
          <Typography color="text.secondary">{t('meetings.actions.none')}</Typography>
        ) : (
          <>
            <DataTable
              columns={columns}
              rows={page.shown}
              rowKey={(action) => action.id}
              label={t('meetings.actions.title')}
              sx={{ bgcolor: 'background.paper' }}
            />
            <ShowMore shown={page.shown.length} total={page.total} step={page.step} more={page.more} />
          </>
        )
      ) : null}
    </>
  );
}
