// Building blocks of the printed evaluation report: numbered chapters (the larger ones start a new
// sheet), their parts, figures with a caption, tables of figures and the summary's key figures.
// A figure, a short table and a key figure are kept on one page.
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function Chapter({
  id,
  number,
  title,
  newPage = false,
  children,
}: {
  id: string;
  number: number;
  title: string;
  /** The larger chapters start on a new sheet, as in a printed report. */
  newPage?: boolean;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4, breakBefore: newPage ? 'page' : 'auto' }}>
      <Typography
        variant="h2"
        id={id}
        sx={{
          fontSize: '1.3rem',
          color: '#1f4e79',
          borderBottom: '2px solid #1f4e79',
          pb: 0.5,
          mb: 1.5,
          breakAfter: 'avoid',
        }}
      >
        {`${number}. ${title}`}
      </Typography>
      {children}
    </Box>
  );
}

export function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 2.5 }}>
      <Typography variant="h3" id={id} sx={{ fontSize: '1.05rem', mb: 1, breakAfter: 'avoid' }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** A figure (chart and/or table) with its caption, kept on one page. */
export function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <Box component="figure" sx={{ m: 0, mb: 2, breakInside: 'avoid' }}>
      {children}
      <Typography component="figcaption" variant="body2" sx={{ mt: 0.5, color: '#3d4650', fontStyle: 'italic' }}>
        {caption}
      </Typography>
    </Box>
  );
}

interface Row {
  key: string;
  label: string;
  cells: string[];
}

/** A table of figures: the first column names the row, the numbers are right-aligned. */
export function ReportTable({
  caption,
  rowHeader,
  columns,
  rows,
  keepTogether = true,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: Row[];
  /** Short tables stay on one page; long ones break between rows, repeating the heading. */
  keepTogether?: boolean;
}) {
  return (
    <Box
      component="table"
      sx={{
        mb: 2,
        breakInside: keepTogether ? 'avoid' : 'auto',
        '& caption': { captionSide: 'top', textAlign: 'left', fontWeight: 600, pb: 0.5, fontSize: '9.5pt' },
        '& thead th': { borderBottom: '1.5px solid #1b1f24', fontWeight: 600, verticalAlign: 'bottom' },
        '& td, & thead th:not(:first-of-type)': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
        '& tbody th': { fontWeight: 400, textAlign: 'left', borderBottom: '1px solid #c4cad2', pr: 1 },
        '& td': { whiteSpace: 'nowrap', pl: 1 },
      }}
    >
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

export function KeyFigure({ value, label }: { value: string; label: string }) {
  return (
    <Box sx={{ border: '1px solid #c4cad2', borderTop: '4px solid #1f4e79', p: 1.5, breakInside: 'avoid' }}>
      <Typography sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.1, color: '#1f4e79' }}>{value}</Typography>
      <Typography variant="body2">{label}</Typography>
    </Box>
  );
}
