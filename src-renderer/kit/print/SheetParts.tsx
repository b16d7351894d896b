// Building blocks of printed sheets (casusoverzicht, inzage): the Vertrouwelijk marking, a section
// with a heading, and a plain table whose rows do not break across pages.
import { Box, Typography, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfidentialMark() {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        border: '2px solid',
        borderColor: 'error.main',
        color: 'error.main',
        px: 1.5,
        py: 0.75,
        mb: 2,
        fontWeight: 700,
        letterSpacing: '0.06em',
        textTransform: 'uppercase',
        display: 'inline-block',
      }}
    >
      {t('common:print.confidential')}
    </Box>
  );
}

interface SheetSectionProps {
  id: string;
  title: string;
  /** h2 for a part of the document, h3 for a part of a part. */
  level?: 2 | 3;
  /** A short part printed whole on one page (a heading alone at a page's foot is no use). */
  keepTogether?: boolean;
  children: ReactNode;
}

export function SheetSection({ id, title, level = 2, keepTogether = false, children }: SheetSectionProps) {
  return (
    <Box
      component="section"
      aria-labelledby={id}
      sx={{ mb: level === 2 ? 3 : 2, breakInside: keepTogether ? 'avoid' : undefined }}
    >
      <Typography
        variant={level === 2 ? 'h2' : 'h3'}
        id={id}
        sx={{ fontSize: level === 2 ? '1.125rem' : '1rem', mb: 1, breakAfter: 'avoid' }}
      >
        {title}
      </Typography>
      {children}
    </Box>
  );
}

interface SheetTableProps {
  labelledBy: string;
  columns: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty: string;
  /** Columns kept on one line (dates: "06-12-2026" must not break at its hyphens). */
  nowrap?: number[];
}

export function SheetTable({ labelledBy, columns, rows, empty, nowrap = [] }: SheetTableProps) {
  if (rows.length === 0) return empty ? <Typography variant="body2">{empty}</Typography> : null;
  return (
    <table aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, index) => (
          <tr key={index}>
            {cells.map((cell, column) => (
              <td key={column} style={{ whiteSpace: nowrap.includes(column) ? 'nowrap' : 'pre-wrap' }}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Name–value pairs as a definition list (the facts block at the top of a sheet, a signal's facts). */
export function FactList({ facts, sx }: { facts: readonly (readonly [string, string])[]; sx?: SxProps<Theme> }) {
  return (
    <Box component="dl" className="definition-list" sx={sx}>
      {facts.map(([name, value]) => (
        <Box key={name} sx={{ display: 'contents' }}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}
