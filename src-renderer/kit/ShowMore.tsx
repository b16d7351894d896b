// A long list shown a page at a time (the pattern for lists of actions, retention candidates and
// the like): the first rows, a line that says how many of how many are shown, and a button for
// the next ones. The rows already shown stay where they are, so a reader keeps their place; when
// the last rows appear the button goes and focus moves to the line, not into nowhere.
import { Box, Button, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../src-shared/domain/format';

/** How many rows one page of a long list holds. */
export const PAGE_ROWS = 50;

/** The rows to show now; `resetKey` (e.g. the filters) starts again at the first page. */
export function useShowMore<T>(rows: readonly T[], resetKey: unknown, step = PAGE_ROWS) {
  const [limit, setLimit] = useState(step);
  const [lastKey, setLastKey] = useState(resetKey);
  if (lastKey !== resetKey) {
    setLastKey(resetKey);
    setLimit(step);
  }
  return {
    shown: rows.slice(0, limit),
    total: rows.length,
    step,
    more: () => setLimit((current) => current + step),
  };
}

export function ShowMore({
  shown,
  total,
  step,
  more,
  framed = false,
}: {
  shown: number;
  total: number;
  step: number;
  more: () => void;
  /**
   * Under a table inside a framed section (a Paper without padding of its own): the line keeps the
   * table cells' inner margin instead of touching the frame.
   */
  framed?: boolean;
}) {
  const { t } = useTranslation();
  const line = useRef<HTMLParagraphElement>(null);
  const clicked = useRef(false);
  const remaining = total - shown;
  useEffect(() => {
    if (clicked.current && remaining <= 0) line.current?.focus();
  }, [remaining]);
  if (total <= step) return null;
  return (
    <Box
      sx={{
        display: 'flex',
        gap: 2,
        alignItems: 'center',
        flexWrap: 'wrap',
        mt: 2,
        ...(framed ? { px: 2, pb: 2 } : {}),
      }}
    >
      <Typography ref={line} tabIndex={-1} color="text.secondary" sx={{ outline: 'none' }}>
        {t('showMore.shown', { shown: formatNumber(Math.min(shown, total)), total: formatNumber(total) })}
      </Typography>
      {remaining > 0 ? (
        <Button
          variant="outlined"
          onClick={() => {
            clicked.current = true;
            more();
          }}
        >
          {t('showMore.button', {
            count: Math.min(step, remaining),
            formatted: formatNumber(Math.min(step, remaining)),
          })}
        </Button>
      ) : null}
    </Box>
  );
}
