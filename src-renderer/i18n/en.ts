// English: a chunk of its own, fetched when it is the stored language or chosen (index.ts).
import { composeTranslation, type Messages } from './translation';

export const translation = composeTranslation(
  import.meta.glob<Messages>('./en/*.json', { eager: true, import: 'default' }),
);
