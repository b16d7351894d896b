// Beheer > Bewaartermijn: the closed cases whose retention period has ended. The beheerder selects
// some or all and destroys them (DestroyDialog); what remains is anonymous statistics, so the
// figures for those years stay the same. The result says how much went and what was kept.
import DeleteForeverOutlined from '@mui/icons-material/DeleteForeverOutlined';
import { Alert, Box, Button, Paper, Skeleton, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../src-shared/domain/format';
import type { OutputOf } from '../../../src-shared/ipc/contract';
import { describeError, useBridgeQuery } from '../../app/bridge';
import { PageHeader } from '../../app/PageHeader';
import { DestroyDialog } from './DestroyDialog';
import { DueCasesTable } from './DueCasesTable';

export function RetentionPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // What is due changes with the date and with every closure: always read it afresh.
  const due = useBridgeQuery('retention:due', {}, { staleTime: 0 });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [destroying, setDestroying] = useState(false);
  const [result, setResult] = useState<OutputOf<'retention:destroy'> | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Where focus goes when the dialog closes: back to the button after "Annuleren", to the result
  // after a destruction (the button is disabled then, with nothing selected).
  const focusAfter = useRef<'button' | 'result' | null>(null);
  useEffect(() => {
    if (destroying || !focusAfter.current) return;
    (focusAfter.current === 'result' ? resultRef.current : buttonRef.current)?.focus();
    focusAfter.current = null;
  }, [destroying]);
  const cases = due.data ?? [];
  // Only what is still listed counts (a case destroyed meanwhile drops out of the selection).
  const chosen = cases.filter((c) => selected.has(c.id));

  const done = (outcome: OutputOf<'retention:destroy'>) => {
    focusAfter.current = 'result';
    setDestroying(false);
    setSelected(new Set());
    setResult(outcome);
    void queryClient.invalidateQueries({ queryKey: ['retention:due'] });
    void queryClient.invalidateQueries({ queryKey: ['stats:dashboard'] });
  };

  return (
    <>
      <PageHeader title={t('retention.title')} intro={t('retention.intro')} />
      {result ? (
        <Alert severity="success" role="status" ref={resultRef} tabIndex={-1} sx={{ mb: 2, maxWidth: 760 }}>
          <Typography sx={{ fontWeight: 600 }}>{t('retention.result.title')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            <li>{t('retention.result.cases', { count: formatNumber(result.cases) })}</li>
            <li>{t('retention.result.persons', { count: formatNumber(result.persons) })}</li>
            <li>{t('retention.result.records', { count: formatNumber(result.records) })}</li>
          </Box>
        </Alert>
      ) : null}
      <Paper variant="outlined" component="section" aria-labelledby="bewaartermijn-lijst">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2, flexWrap: 'wrap' }}>
          <Typography variant="h2" id="bewaartermijn-lijst" sx={{ flex: 1 }}>
            {t('retention.listTitle')}
          </Typography>
          {cases.length > 0 ? (
            <Typography color="text.secondary">
              {t('retention.selectedCount', {
                selected: formatNumber(chosen.length),
                total: formatNumber(cases.length),
              })}
            </Typography>
          ) : null}
          <Button
            variant="contained"
            color="error"
            startIcon={<DeleteForeverOutlined aria-hidden />}
            ref={buttonRef}
            disabled={chosen.length === 0}
            onClick={() => setDestroying(true)}
          >
            {t('retention.destroy', { count: chosen.length })}
          </Button>
        </Box>
        {due.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
        {due.isError ? <Alert severity="error">{describeError(t, due.error)}</Alert> : null}
        {due.data && cases.length === 0 ? <Typography sx={{ p: 2, pt: 0 }}>{t('retention.empty')}</Typography> : null}
        {cases.length > 0 ? <DueCasesTable cases={cases} selected={selected} onSelect={setSelected} /> : null}
      </Paper>
      {destroying ? (
        <DestroyDialog
          cases={chosen}
          onDone={done}
          onClose={() => {
            focusAfter.current = 'button';
            setDestroying(false);
          }}
        />
      ) : null}
    </>
  );
}
