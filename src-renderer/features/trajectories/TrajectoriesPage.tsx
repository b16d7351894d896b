// /mentorproject/trajecten: the trajectory list on a page of its own.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../kit/PageHeader';
import { TrajectoriesList } from './TrajectoriesList';

export function TrajectoriesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('trajectories.title')} intro={t('trajectories.intro')} />
      <TrajectoriesList headingLevel="h1" />
    </>
  );
}
