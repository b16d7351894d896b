// One list on the Bewaartermijn page — the cases, or the mentor trajectories — with its selection,
// its button and the confirmation dialog. Focus returns to the button when the dialog is cancelled;
// after a destruction the page moves it to the result.
import DeleteForeverOutlined from '@mui/icons-material/DeleteForeverOutlined';
import { Alert, Box, Button, Paper, Skeleton, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../src-shared/domain/format';
import { describeError } from '../../kit/bridge';
import { DestroyDialog, type DestroyOutcome, type DestroyTexts } from './DestroyDialog';
import { DueTable, type DueColumn } from './DueTable';

interface DueSectionProps<T extends { id: number }> {
  kind: 'cases' | 'trajectories';
  headingId: string;
  title: string;
  intro?: string;
  due: UseQueryResult<T[], unknown>;
  name: (row: T) => string;
  nameHeader: string;
  columns: readonly DueColumn<T>[];
  selectAllLabel: string;
  selectLabel: (row: T) => string;
  empty: string;
  button: (count: number) => string;
  texts: (count: number) => DestroyTexts;
  onDone: (result: DestroyOutcome) => void;
}

export function DueSection<T extends { id: number }>(props: DueSectionProps<T>) {
  const { t } = useTranslation();
  const { due } = props;
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [destroying, setDestroying] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const backToButton = useRef(false);
  useEffect(() => {
    if (destroying || !backToButton.current) return;
    buttonRef.current?.focus();
    backToButton.current = false;
  }, [destroying]);
  const rows = due.data ?? [];
  // Only what is still listed counts (a row destroyed meanwhile drops out of the selection).
  const chosen = rows.filter((row) => selected.has(row.id));

  return (
    <Paper variant="outlined" component="section" aria-labelledby={props.headingId} sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2, flexWrap: 'wrap' }}>
        <Typography variant="h2" id={props.headingId} sx={{ flex: 1 }}>
          {props.title}
        </Typography>
        {rows.length > 0 ? (
          <Typography color="text.secondary">
            {t('retention.selectedCount', { selected: formatNumber(chosen.length), total: formatNumber(rows.length) })}
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
          {props.button(chosen.length)}
        </Button>
      </Box>
      {props.intro ? <Typography sx={{ px: 2, pb: 2, maxWidth: 760 }}>{props.intro}</Typography> : null}
      {due.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
      {due.isError ? <Alert severity="error">{describeError(t, due.error)}</Alert> : null}
      {due.data && rows.length === 0 ? <Typography sx={{ p: 2, pt: 0 }}>{props.empty}</Typography> : null}
      {rows.length > 0 ? (
        <DueTable
          labelledBy={props.headingId}
          rows={rows}
          name={props.name}
          nameHeader={props.nameHeader}
          columns={props.columns}
          selectAllLabel={props.selectAllLabel}
          selectLabel={props.selectLabel}
          selected={selected}
          onSelect={setSelected}
        />
      ) : null}
      {destroying ? (
        <DestroyDialog
          kind={props.kind}
          items={chosen.map((row) => ({ id: row.id, name: props.name(row) }))}
          texts={props.texts(chosen.length)}
          onDone={(result) => {
            setDestroying(false);
            setSelected(new Set());
            props.onDone(result);
          }}
          onClose={() => {
            backToButton.current = true;
            setDestroying(false);
          }}
        />
      ) : null}
    </Paper>
  );
}
