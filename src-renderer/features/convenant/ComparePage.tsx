// /convenant/vergelijken — two versions side by side: per article added, removed, changed or the
// same; a changed article shows its word-level differences (left: what went, right: what came).
import { Alert, Box, Chip, FormControlLabel, MenuItem, Switch, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleChangeView } from '../../../src-shared/ipc/convenant';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { useConvenantVersions } from './useConvenant';

const CHANGE_COLOR = { toegevoegd: 'success', verwijderd: 'error', gewijzigd: 'warning', gelijk: 'default' } as const;

function Side({ change, side }: { change: ArticleChangeView; side: 'left' | 'right' }) {
  const skip = side === 'left' ? 'added' : 'removed';
  const mark = side === 'left' ? 'removed' : 'added';
  return (
    <Typography
      component="div"
      variant="body2"
      sx={{
        whiteSpace: 'pre-wrap',
        p: 1.5,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        minHeight: 48,
      }}
    >
      {change.diff
        .filter((part) => part.op !== skip)
        .map((part, index) =>
          part.op === mark ? (
            <Box
              key={index}
              component={mark === 'added' ? 'ins' : 'del'}
              sx={{
                bgcolor: mark === 'added' ? '#d7f5dd' : '#fde2e1',
                color: mark === 'added' ? '#0b4f1c' : '#8a1c1c',
                textDecoration: mark === 'added' ? 'underline' : 'line-through',
              }}
            >
              {part.text}
            </Box>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
    </Typography>
  );
}

export function ComparePage() {
  const { t } = useTranslation();
  const versions = useConvenantVersions();
  const list = versions.data ?? [];
  // Default: the two newest versions, older on the left.
  const [left, setLeft] = useState<number | ''>('');
  const [right, setRight] = useState<number | ''>('');
  const [onlyChanges, setOnlyChanges] = useState(true);
  const l = left || list[1]?.id || '';
  const r = right || list[0]?.id || '';
  const compare = useBridgeQuery('convenant:compare', { left: Number(l), right: Number(r) }, { enabled: !!l && !!r });
  const changes = (compare.data ?? []).filter((c) => !onlyChanges || c.change !== 'gelijk');
  const label = (id: number | '') => {
    const v = list.find((x) => x.id === id);
    return v
      ? t('convenant.reader.versionOption', { versie: v.versie, status: t(`convenant.statuses.${v.status}`) })
      : '';
  };

  const picker = (name: string, value: number | '', set: (v: number) => void) => (
    <TextField select label={name} value={value} onChange={(e) => set(Number(e.target.value))} sx={{ minWidth: 260 }}>
      {list.map((v) => (
        <MenuItem key={v.id} value={v.id}>
          {label(v.id)}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <>
      <PageHeader title={t('convenant.compare.title')} intro={t('convenant.compare.intro')} />
      {versions.isError ? <Alert severity="error">{describeError(t, versions.error)}</Alert> : null}
      {list.length < 2 && versions.isSuccess ? (
        <Alert severity="info">{t('convenant.compare.oneVersion')}</Alert>
      ) : null}
      {list.length >= 2 ? (
        <>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 3 }}>
            {picker(t('convenant.compare.left'), l, setLeft)}
            {picker(t('convenant.compare.right'), r, setRight)}
            <FormControlLabel
              control={<Switch checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />}
              label={t('convenant.compare.onlyChanges')}
            />
          </Box>
          {compare.isError ? <Alert severity="error">{describeError(t, compare.error)}</Alert> : null}
          {compare.data ? (
            <Typography role="status" sx={{ mb: 2 }}>
              {t('convenant.compare.summary', {
                changed: compare.data.filter((c) => c.change === 'gewijzigd').length,
                added: compare.data.filter((c) => c.change === 'toegevoegd').length,
                removed: compare.data.filter((c) => c.change === 'verwijderd').length,
              })}
            </Typography>
          ) : null}
          {changes.map((change) => (
            <Box component="section" key={change.nummer} aria-labelledby={`vergelijk-${change.nummer}`} sx={{ mb: 3 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
                <Typography variant="h2" id={`vergelijk-${change.nummer}`} sx={{ fontSize: '1.0625rem' }}>
                  {t('convenant.reader.articleHeading', { nummer: change.nummer, titel: change.titel })}
                </Typography>
                <Chip
                  size="small"
                  color={CHANGE_COLOR[change.change]}
                  label={t(`convenant.compare.changes.${change.change}`)}
                />
              </Box>
              {change.change === 'gewijzigd' ? (
                <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
                  <Box>
                    <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
                      {label(l)}
                    </Typography>
                    <Side change={change} side="left" />
                  </Box>
                  <Box>
                    <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
                      {label(r)}
                    </Typography>
                    <Side change={change} side="right" />
                  </Box>
                </Box>
              ) : change.change !== 'gelijk' ? (
                <Side change={change} side={change.change === 'toegevoegd' ? 'right' : 'left'} />
              ) : null}
            </Box>
          ))}
        </>
      ) : null}
    </>
  );
}
