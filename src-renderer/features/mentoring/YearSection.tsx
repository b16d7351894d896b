// A year's list on the mentorproject page (the training sessions, the activities): a heading with
// a choice of year, then the error, a placeholder while loading, "nothing that year", or the list.
import { Alert, Box, Paper, Skeleton, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../kit/bridge';
import { yearOptions } from './model';

interface YearSectionProps<T> {
  /** The heading's id (the list's name) and the year field's. */
  id: string;
  yearId: string;
  heading: string;
  yearLabel: string;
  year: number;
  onYear: (year: number) => void;
  rows: readonly T[] | undefined;
  pending: boolean;
  error: unknown;
  /** Said when the year has nothing. */
  empty: string;
  children: (rows: readonly T[]) => ReactNode;
}

export function YearSection<T>({
  id,
  yearId,
  heading,
  yearLabel,
  year,
  onYear,
  rows,
  pending,
  error,
  empty,
  children,
}: YearSectionProps<T>) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h2" id={id} sx={{ flex: 1 }}>
          {heading}
        </Typography>
        <TextField
          select
          id={yearId}
          label={yearLabel}
          value={year}
          onChange={(event) => onYear(Number(event.target.value))}
          slotProps={{ select: { native: true } }}
          size="small"
          sx={{ width: 140 }}
        >
          {yearOptions(new Date().getFullYear()).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </TextField>
      </Box>
      {error ? <Alert severity="error">{describeError(t, error)}</Alert> : null}
      {pending ? <Skeleton variant="rectangular" height={160} /> : null}
      {rows && rows.length === 0 ? <Typography color="text.secondary">{empty}</Typography> : null}
      {rows && rows.length > 0 ? children(rows) : null}
    </Paper>
  );
}
