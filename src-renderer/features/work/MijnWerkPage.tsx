// Mijn werk: the start page, what each role does next. Who works with cases sees what is due for
// them (work:mine, the sections they may act on); who takes minutes sees her meetings (coming,
// minutes to finish, checked-out copies); whoever has no case role (beheerder, evaluator) gets a
// start page with their own tasks and no case data. A new signal starts from the app bar (or
// Ctrl+Shift+N), on every page alike.
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../../kit/session';
import { MeetingsNext } from './MeetingsNext';
import { StartPage } from './StartPage';
import { WorkOverview } from './WorkOverview';

export function MijnWerkPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canUse('work:mine', user)) return <StartPage />;
  // Takes minutes but weighs no signal: the notulist. Her work is her meetings.
  const notulist = canUse('meetings:list', user) && !canUse('signals:weigh', user);
  return (
    <>
      <PageHeader title={t('home.title')} intro={notulist ? t('home.notulistIntro') : t('home.intro')} />
      {notulist ? <MeetingsNext /> : null}
      <WorkOverview />
    </>
  );
}
