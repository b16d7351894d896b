// Two people on the same record: what a form shows when core refuses its save because someone
// else saved the record after the form loaded it (STALE_VERSION). The message stays in the form
// (no toast that disappears): who saved, when, and which fields differ from what the user tried to
// save. Nothing the user typed is lost: the form keeps it; "Nieuwste versie laden" puts the newest
// version in the form and keeps the user's own values beside it, to copy or to put back with
// "Mijn invoer terugzetten" (then saved over the newest version, knowingly).
//
// Use: `const stale = useStaleVersion(values)` in the form; in the save's onError,
// `if (stale.caught(error)) return;`; render `<StaleNotice stale={stale} labels={…} show={…}
// onReload={…} onReapply={…} />` at the top of the form.
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../src-shared/domain/format';
import { staleVersionOf, type StaleVersion } from '../../src-shared/ipc/version';
import { BridgeFailure } from './bridge';

export interface StaleState<V> {
  details: StaleVersion;
  /** What the user had in the form when the save was refused. */
  draft: V;
  /** The newest version was loaded into the form. */
  reloaded: boolean;
}

/** The stale-version state of a form whose current values are `values`. */
export function useStaleVersion<V>(values: V) {
  const [state, setState] = useState<StaleState<V> | null>(null);
  const reloaded = useCallback(() => setState((s) => (s ? { ...s, reloaded: true } : s)), []);
  const clear = useCallback(() => setState(null), []);
  return {
    state,
    /**
     * On a failed save: true (and the notice shows) when it was refused as stale. Called from the
     * save started with these values, so the draft kept is exactly what was sent.
     */
    caught(error: unknown): boolean {
      const details = staleVersionOf(error instanceof BridgeFailure ? error.error : null);
      if (!details) return false;
      setState({ details, draft: values, reloaded: false });
      return true;
    },
    /** The newest version is in the form now. */
    reloaded,
    clear,
  };
}

export type StaleVersionGuard<V> = ReturnType<typeof useStaleVersion<V>>;

interface StaleNoticeProps<V> {
  stale: StaleVersionGuard<V>;
  /** The form's field labels by field name as core names them (fields without a label are left out). */
  labels: Record<string, string>;
  /** The user's value of a field as text, to copy (fields missing here are not shown). */
  show: (draft: V) => Record<string, string>;
  /** Loads the newest version into the form (values and version). */
  onReload: () => Promise<void> | void;
  /** Puts the user's values back in the form, on top of the newest version. */
  onReapply?: (draft: V) => void;
}

export function StaleNotice<V>({ stale, labels, show, onReload, onReapply }: StaleNoticeProps<V>) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const state = stale.state;
  if (!state) return null;
  const { details, draft, reloaded } = state;
  const changed = details.fields.filter((field) => labels[field]);
  const mine = show(draft);
  const kept = (changed.length ? changed : Object.keys(mine)).filter((field) => mine[field] !== undefined);
  const reload = async () => {
    setLoading(true);
    try {
      await onReload();
      stale.reloaded();
    } finally {
      setLoading(false);
    }
  };
  return (
    <Alert severity="warning" role="alert" sx={{ mb: 2 }} data-testid="stale-notice">
      <AlertTitle>{t('stale.title')}</AlertTitle>
      <Typography variant="body2">
        {details.savedBy
          ? t('stale.savedBy', {
              name: details.savedBy,
              at: details.savedAt ? formatDateTime(details.savedAt) : t('stale.unknownTime'),
            })
          : t('stale.savedBySomeone')}{' '}
        {reloaded ? t('stale.reloadedBody') : t('stale.body')}
      </Typography>
      {changed.length > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('stale.fields', { fields: changed.map((field) => labels[field]).join(', ') })}
        </Typography>
      )}
      {reloaded && kept.length > 0 && (
        <Box component="dl" sx={{ mt: 1, mb: 0, '& dd': { ml: 0, mb: 1, whiteSpace: 'pre-wrap', userSelect: 'text' } }}>
          <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
            {t('stale.yourInput')}
          </Typography>
          {kept.map((field) => (
            <Box key={field}>
              <Typography variant="body2" component="dt" sx={{ fontWeight: 600 }}>
                {labels[field] ?? field}
              </Typography>
              <Typography variant="body2" component="dd">
                {mine[field] || t('stale.empty')}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        {!reloaded && (
          <Button variant="outlined" color="inherit" size="small" onClick={() => void reload()} loading={loading}>
            {t('stale.reload')}
          </Button>
        )}
        {reloaded && onReapply && (
          <Button
            variant="outlined"
            color="inherit"
            size="small"
            onClick={() => {
              onReapply(draft);
              stale.clear();
            }}
          >
            {t('stale.reapply')}
          </Button>
        )}
        {reloaded && (
          <Button color="inherit" size="small" onClick={stale.clear}>
            {t('stale.dismiss')}
          </Button>
        )}
      </Box>
    </Alert>
  );
}
