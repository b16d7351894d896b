// Mijn werk: the start page. Who works with cases sees what is due for them (work:mine); whoever
// has no case role (beheerder, evaluator) gets a start page with their own tasks and no case data.
// A new signal starts from the app bar (or Ctrl+Shift+N), on every page alike.
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../session/session';
import { StartPage } from './StartPage';
import { WorkOverview } from './WorkOverview';

export function MijnWerkPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canUse('work:mine', user)) return <StartPage />;
  return (
    <>
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <WorkOverview />
    </>
  );
}
