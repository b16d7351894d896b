// One case in the Casussen list, and the column heads above the list. Rows have a fixed height
// (the virtualiser relies on it). In a narrow list (a 1024 px window, CSS container query on the
// list) the ZVH-regio steps under the gemeente and the columns narrow, so the status stays in view.
// In a window below 600 px (WCAG 1.4.10 Reflow, down to 320 px) each row stacks its facts, one or
// two a line, says what its bare year and date are, and the column heads step back. The badges say what limits the case: afgeschermd (named accounts
// only) and beperkt (restricted processing: readable, not changeable).
import LockOutlined from '@mui/icons-material/LockOutlined';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import { Box, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { isClosed } from '../../../src-shared/domain/casus';
import { formatDate } from '../../../src-shared/domain/format';
import type { SearchRow } from '../../../src-shared/ipc/search';
import { NARROW_WINDOW } from '../../kit/narrowWindow';

/** Two lines of small text (name and alias; gemeente and regio) and a little air: 44 px. */
export const ROW_HEIGHT = 44;
/** A stacked row (narrow window): seven lines of small text and a line of chips. */
export const STACKED_ROW_HEIGHT = 184;

const COLUMNS =
  'minmax(128px, 0.9fr) minmax(200px, 2.2fr) 88px minmax(120px, 1fr) minmax(130px, 1.1fr) 116px minmax(180px, 1.6fr)';
const NARROW_COLUMNS = 'minmax(112px, 0.9fr) minmax(150px, 1.8fr) 64px minmax(140px, 1.5fr) 104px minmax(130px, 1.2fr)';
const COLUMN_KEYS = ['number', 'naam', 'geboortejaar', 'gemeente', 'region', 'lastSignal', 'state'] as const;

/** The name of the container the list sets (`containerType`), for the narrow layout below. */
export const CASE_LIST_CONTAINER = 'caselist';
/** Below this width of the list the wide columns do not fit (their minimum widths add up to ~1,090 px). */
const NARROW = `@container ${CASE_LIST_CONTAINER} (max-width: 1090px)`;
const narrowLayout = {
  [NARROW]: {
    gridTemplateColumns: NARROW_COLUMNS,
    '& .case-column-region': { display: 'none' },
    '& .case-region-under': { display: 'block' },
  },
};
/** The cells in their order: number, name (and alias), year of birth, gemeente, regio, last signal, status. */
const stackedLayout = {
  [`@media ${NARROW_WINDOW}`]: {
    height: STACKED_ROW_HEIGHT,
    py: 1,
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gridTemplateAreas: '"number number" "naam naam" "born born" "gemeente region" "last last" "state state"',
    alignContent: 'center',
    alignItems: 'start',
    rowGap: 0.25,
    columnGap: 1,
    '& > :nth-child(1)': { gridArea: 'number' },
    '& > :nth-child(2)': { gridArea: 'naam' },
    '& > :nth-child(3)': { gridArea: 'born' },
    '& > :nth-child(4)': { gridArea: 'gemeente' },
    '& > :nth-child(5)': { gridArea: 'region' },
    '& > :nth-child(6)': { gridArea: 'last' },
    '& > :nth-child(7)': { gridArea: 'state' },
    '& .case-column-region': { display: 'block' },
    '& .case-region-under': { display: 'none' },
    // No column heads over a stacked row: the year and the date say what they are.
    '& .visually-hidden.case-fact-label': {
      position: 'static !important',
      width: 'auto',
      height: 'auto',
      clip: 'auto',
      overflow: 'visible',
      whiteSpace: 'normal',
      color: 'text.secondary',
    },
  },
};

export function CaseRowHeader() {
  const { t } = useTranslation();
  // Each row says what its bare numbers and dates are (hidden words); this head is for the eye.
  return (
    <Box
      aria-hidden
      sx={{
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 2,
        px: 2,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
        fontWeight: 600,
        fontSize: '0.875rem',
        color: 'text.secondary',
        bgcolor: 'grey.50',
        pr: 3,
        ...narrowLayout,
        [`@media ${NARROW_WINDOW}`]: { display: 'none' },
      }}
    >
      {COLUMN_KEYS.map((key) => (
        <span key={key} className={key === 'region' ? 'case-column-region' : undefined}>
          {t(`search.columns.${key}`)}
          {key === 'gemeente' ? (
            <Box component="span" className="case-region-under" sx={{ display: 'none' }}>
              {t('search.columns.region')}
            </Box>
          ) : null}
        </span>
      ))}
    </Box>
  );
}

interface CaseRowProps {
  id: string;
  row: SearchRow;
  active: boolean;
  showFocus: boolean;
  position: number;
  setSize: number;
  onOpen: () => void;
}

export function CaseRow({ id, row, active, showFocus, position, setSize, onOpen }: CaseRowProps) {
  const { t } = useTranslation();
  const state = t(`common:caseStates.${row.state}`);
  const also = [row.roepnaam, ...row.aliases].filter(Boolean).join(', ');
  // The row's name is its text; hidden words say what the bare numbers and dates are.
  const hidden = (key: string) => <span className="visually-hidden case-fact-label">{t(key)} </span>;
  return (
    <Box
      id={id}
      role="option"
      aria-selected={active}
      aria-posinset={position}
      aria-setsize={setSize}
      onClick={onOpen}
      sx={{
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 2,
        alignItems: 'center',
        height: ROW_HEIGHT,
        px: 2,
        cursor: 'pointer',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: showFocus ? 'action.selected' : undefined,
        outline: showFocus ? '3px solid #0b6bcb' : 'none',
        outlineOffset: -3,
        '&:hover': { bgcolor: 'action.hover' },
        ...narrowLayout,
        ...stackedLayout,
      }}
    >
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {row.caseNumber}
      </Typography>
      <Box sx={{ minWidth: 0 }}>
        <Typography noWrap variant="body2" sx={{ fontWeight: 600 }}>
          {row.naam}
        </Typography>
        {also ? (
          <Typography noWrap variant="body2" color="text.secondary">
            {t('search.also', { names: also })}
          </Typography>
        ) : null}
      </Box>
      <Typography variant="body2">
        {hidden('search.label.born')}
        {row.geboortejaar ?? '—'}
      </Typography>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" noWrap>
          {row.gemeente}
        </Typography>
        {/* The same words as the regio column, shown here only in the narrow layout (one of the two
            is display: none, so a screen reader hears the regio once). */}
        <Typography
          variant="body2"
          noWrap
          color="text.secondary"
          className="case-region-under"
          sx={{ display: 'none' }}
        >
          {row.region}
        </Typography>
      </Box>
      <Typography variant="body2" noWrap className="case-column-region">
        {row.region}
      </Typography>
      <Typography variant="body2">
        {hidden('search.label.lastSignal')}
        {row.lastSignal ? formatDate(row.lastSignal) : '—'}
      </Typography>
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
        {hidden('search.label.state')}
        <Chip size="small" label={state} variant={isClosed(row.state) ? 'outlined' : 'filled'} />
        {row.afgeschermd ? (
          <Chip
            size="small"
            color="secondary"
            variant="outlined"
            icon={<LockOutlined aria-hidden />}
            label={t('search.badges.afgeschermdShort')}
          />
        ) : null}
        {row.restricted ? (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            icon={<PauseCircleOutlined aria-hidden />}
            label={t('search.badges.restrictedShort')}
          />
        ) : null}
      </Box>
    </Box>
  );
}
