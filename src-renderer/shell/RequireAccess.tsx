// Shows a page only to whoever may use its channel (the same table core enforces).
import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../src-shared/ipc/permissions';
import type { ChannelName } from '../../src-shared/ipc/contract';
import { useSession } from '../features/session/session';
import { PageHeader } from '../kit/PageHeader';

export function RequireAccess({ channel, children }: { channel: ChannelName; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (canUse(channel, user)) return children;
  return (
    <>
      <PageHeader title={t('noAccess.title')} />
      <Alert severity="info" sx={{ maxWidth: 720 }}>
        {t('noAccess.body')}
      </Alert>
    </>
  );
}
