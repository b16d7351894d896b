// All recommendations of every round: what is open, late and done.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../kit/PageHeader';
import { RecommendationsSection } from './RecommendationsSection';

export function RecommendationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('evaluations.recommendations.overviewTitle')} />
      <RecommendationsSection roundId={null} />
    </>
  );
}
