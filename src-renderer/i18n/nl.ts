// Dutch, the default language: in the start bundle.
import { composeTranslation, type Messages } from './translation';

export const translation = composeTranslation(
  import.meta.glob<Messages>('./nl/*.json', { eager: true, import: 'default' }),
);
