// Editing one configurable list: labels, order, active flags, new values and, for `besluit`, the
// effect of each decision on the casus. Codes never change and a value is never deleted, only made
// inactive, so old records keep their meaning and the figures stay comparable.
// Edited and not saved, the rows outlive a lock (heldDrafts.ts).
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListName, ListValue } from '../../../src-shared/ipc/lists';
import { call } from '../../kit/bridge';
import { FormAlert, submitHandler, useCheckOnSend } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { ScrollRegion } from '../../kit/ScrollRegion';
import { listErrors, move, newKey, valueRows, valuesInput, type ValueRow } from './editing';
import { listDraftKey } from './heldDrafts';
import { ListValueRow } from './ListValueRow';
import { useFollowFocus } from '../../kit/useFollowFocus';

export function ListEditor({ list, values }: { list: ListName; values: readonly ListValue[] }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  // As stored, or as edited before a lock and not saved then; what counts as unsaved is what
  // differs from the rows last loaded or saved.
  const [start, setStart] = useState<ValueRow[]>(() => valueRows(values));
  const held = useHeldDraft<ValueRow[]>(listDraftKey(list));
  const [rows, setRows] = useState<ValueRow[]>(held ?? start);
  useDraftWork(listDraftKey(list), changedValues(rows, start));
  const [announcement, setAnnouncement] = useState('');
  const check = useCheckOnSend(() => listErrors(list, rows));
  const { errors, form } = check;
  const follow = useFollowFocus();
  const withEffect = list === 'besluit';
  const name = t(`lists.names.${list}`);
  const headingId = `keuzelijst-${list}-titel`;

  const save = useMutation({
    mutationFn: () => call('lists:save', { list, values: valuesInput(rows) }),
    onSuccess: (saved) => {
      const stored = valueRows(saved);
      setRows(stored);
      setStart(stored);
      check.clear();
      void queryClient.invalidateQueries({ queryKey: ['lists:get'] });
      notice.success(t('lists.saved', { list: name }));
    },
  });

  const moveRow = (index: number, by: -1 | 1, focusId: string) => {
    const row = rows[index]!;
    setRows(move(rows, index, index + by));
    // Messages are tied to places in the list: they no longer fit after a move.
    check.clear();
    setAnnouncement(
      t('lists.values.moved', {
        name: row.label.trim() || t('lists.values.newValue'),
        position: index + by + 1,
        total: rows.length,
      }),
    );
    follow(focusId);
  };

  const add = () => {
    const key = newKey(list);
    setRows([...rows, { key, label: '', active: true, effect: null }]);
    follow(`${list}-${key}-label`);
  };

  return (
    <Box component="form" onSubmit={submitHandler(check, save)} noValidate ref={form} aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1 }}>
        {name}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '80ch' }}>
        {withEffect ? t('lists.introBesluit') : t('lists.intro')}
      </Typography>
      <FormAlert error={save.error} />
      <ScrollRegion labelledBy={headingId}>
        <Table size="small" aria-labelledby={headingId}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('lists.columns.position')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('lists.columns.label')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('lists.columns.active')}
              </TableCell>
              {withEffect ? (
                <TableCell component="th" scope="col">
                  {t('lists.columns.effect')}
                </TableCell>
              ) : null}
              <TableCell component="th" scope="col">
                {t('lists.columns.order')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <ListValueRow
                key={row.key}
                idPrefix={list}
                row={row}
                index={index}
                count={rows.length}
                withEffect={withEffect}
                errors={errors}
                onChange={(patch) => setRows(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))}
                onMove={(by, focusId) => moveRow(index, by, focusId)}
              />
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('lists.values.keyboardHint')}
      </Typography>
      <Typography role="status" className="visually-hidden">
        {announcement}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<AddOutlined aria-hidden />} onClick={add}>
          {t('lists.values.add')}
        </Button>
        <Button
          onClick={() => {
            setRows(valueRows(values));
            check.clear();
            save.reset();
          }}
        >
          {t('lists.undo')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
          {t('lists.save', { list: name })}
        </Button>
      </Box>
    </Box>
  );
}
