// A duration in whole minutes as people write it: "45 min", "1 u", "1 u 30 min" (en: "1 h 30 min").
// One place for every page that shows time spent (advice, contacts).
import { useTranslation } from 'react-i18next';

/** The translation key and its values for a duration of `minutes` (whole, not negative). */
export function durationText(minutes: number): { key: string; values: { hours: number; minutes: number } } {
  const values = { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  if (values.hours === 0) return { key: 'duration.minutes', values };
  return { key: values.minutes === 0 ? 'duration.hours' : 'duration.hoursMinutes', values };
}

export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (minutes) => {
    const { key, values } = durationText(minutes);
    return t(key, values);
  };
}
