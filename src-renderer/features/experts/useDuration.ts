// A duration in minutes as "1 u 30 min" or "45 min".
import { useTranslation } from 'react-i18next';
import { splitDuration } from './experts';

export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const parts = splitDuration(minutes);
    return parts.hours > 0 ? t('experts.duration.hours', parts) : t('experts.duration.minutes', parts);
  };
}
