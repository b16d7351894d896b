// One value of a configurable list: its place, label (with its code), active flag, for `besluit` its effect
// on the casus, and buttons to move it up or down (Alt+↑ / Alt+↓ in the row do the same).
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import { Checkbox, IconButton, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DECISION_EFFECTS, type DecisionEffect } from '../../../src-shared/domain/casus';
import { LIST_LABEL_MAX } from '../../../src-shared/ipc/lists';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import type { ValueRow } from './editing';

interface ListValueRowProps {
  idPrefix: string;
  row: ValueRow;
  index: number;
  count: number;
  withEffect: boolean;
  errors: FieldErrors;
  onChange: (patch: Partial<ValueRow>) => void;
  /** Moves the row by -1 (up) or +1 (down); `focusId` is the control to keep focused. */
  onMove: (by: -1 | 1, focusId: string) => void;
}

export function ListValueRow({ idPrefix, row, index, count, withEffect, errors, onChange, onMove }: ListValueRowProps) {
  const { t } = useTranslation();
  const name = row.label.trim() || t('lists.values.newValue');
  const id = `${idPrefix}-${row.key}`;
  const position = index + 1;
  return (
    <TableRow
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        const by = event.key === 'ArrowUp' ? -1 : 1;
        if (index + by < 0 || index + by >= count) return;
        event.preventDefault();
        onMove(by, (event.target as HTMLElement).getAttribute('data-focus-id') ?? `${id}-label`);
      }}
    >
      <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{position}</TableCell>
      <TableCell sx={{ minWidth: 280 }}>
        <TextField
          id={`${id}-label`}
          value={row.label}
          onChange={(event) => onChange({ label: event.target.value })}
          size="small"
          fullWidth
          slotProps={{
            htmlInput: {
              'aria-label': t('lists.values.labelOf', { position }),
              'data-focus-id': `${id}-label`,
              maxLength: LIST_LABEL_MAX,
            },
          }}
          {...fieldProps(t, errors, `values.${index}.label`)}
        />
        {/* The code is what records store; it never changes, so it is shown, not edited. */}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('lists.values.code', { code: row.code ?? t('lists.values.codeNew') })}
        </Typography>
      </TableCell>
      <TableCell padding="checkbox">
        <Checkbox
          checked={row.active}
          onChange={(event) => onChange({ active: event.target.checked })}
          // A data-* key is no known prop of the slot's type; spread, it passes to the input as usual.
          slotProps={{
            input: { 'aria-label': t('lists.values.activeOf', { name }), ...{ 'data-focus-id': `${id}-active` } },
          }}
        />
      </TableCell>
      {withEffect ? (
        <TableCell sx={{ minWidth: 320 }}>
          <TextField
            select
            id={`${id}-effect`}
            value={row.effect ?? ''}
            onChange={(event) => onChange({ effect: (event.target.value || null) as DecisionEffect | null })}
            size="small"
            fullWidth
            slotProps={{
              select: { native: true },
              htmlInput: { 'aria-label': t('lists.values.effectOf', { name }), 'data-focus-id': `${id}-effect` },
            }}
            {...fieldProps(t, errors, `values.${index}.effect`)}
          >
            <option value="">{t('lists.values.chooseEffect')}</option>
            {DECISION_EFFECTS.map((effect) => (
              <option key={effect} value={effect}>
                {t(`lists.effects.${effect}`)}
              </option>
            ))}
          </TextField>
        </TableCell>
      ) : null}
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <IconButton
          aria-label={t('lists.values.up', { name })}
          disabled={index === 0}
          onClick={() => onMove(-1, index === 1 ? `${id}-down` : `${id}-up`)}
          data-focus-id={`${id}-up`}
        >
          <ArrowUpwardOutlined aria-hidden />
        </IconButton>
        <IconButton
          aria-label={t('lists.values.down', { name })}
          disabled={index === count - 1}
          onClick={() => onMove(1, index === count - 2 ? `${id}-up` : `${id}-down`)}
          data-focus-id={`${id}-down`}
        >
          <ArrowDownwardOutlined aria-hidden />
        </IconButton>
      </TableCell>
    </TableRow>
  );
}
