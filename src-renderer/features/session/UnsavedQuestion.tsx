// The log-out's question when an editor holds text core has not saved (kit/pendingWork): back to
// the text, or discard it and log out. Nothing else asks it: a lock keeps the text instead.
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../kit/ConfirmDialog';

export interface UnsavedQuestion {
  /** Resolves true when the user chose to discard the text, false when they went back to it. */
  ask(): Promise<boolean>;
  /** The dialog while the question is open; render it once, below the session. */
  dialog: ReactNode;
}

export function useUnsavedQuestion(): UnsavedQuestion {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<((discard: boolean) => void) | null>(null);
  const ask = useCallback(() => new Promise<boolean>((resolve) => setAnswer(() => resolve)), []);
  const close = (discard: boolean) => {
    answer?.(discard);
    setAnswer(null);
  };
  const dialog = answer ? (
    <ConfirmDialog
      id="niet-opgeslagen"
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.discard')}
      cancelLabel={t('unsaved.back')}
      busy={false}
      error={null}
      onConfirm={() => close(true)}
      onClose={() => close(false)}
    >
      {t('unsaved.body')}
    </ConfirmDialog>
  ) : null;
  return { ask, dialog };
}
