// Two versions of the covenant side by side: per article added, removed, changed or the same, with
// a word-level diff of the changed ones (jsdiff).
import { diffWords } from 'diff';
import type { Article, Convenant } from '../../../src-shared/domain/convenant';

export interface ArticleChange {
  nummer: string;
  titel: string;
  change: 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'gelijk';
  /** Word diff of the whole article text (title, leden and questions); empty when unchanged. */
  diff: { text: string; op: 'same' | 'added' | 'removed' }[];
}

// An article's everyday questions (FORMAT.md, ### Vragen) are part of its text here, written as in
// the file, so a beheerder sees a new version's changed questions like its changed leden.
const textOf = (article: Article) =>
  [
    article.titel,
    ...article.leden.map((lid) => `${lid.nummer}. ${lid.tekst}`),
    ...(article.vragen?.length ? ['', '### Vragen', ...article.vragen.map((vraag) => `- ${vraag}`)] : []),
  ].join('\n');

export function compareVersions(left: Convenant, right: Convenant): ArticleChange[] {
  const numbers = [...new Set([...left.artikelen.map((a) => a.nummer), ...right.artikelen.map((a) => a.nummer)])];
  const order = (nummer: string) => [parseInt(nummer, 10), nummer.replace(/^\d+/, '')] as const;
  numbers.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1].localeCompare(order(b)[1]));
  return numbers.map((nummer) => {
    const before = left.artikelen.find((a) => a.nummer === nummer);
    const after = right.artikelen.find((a) => a.nummer === nummer);
    if (!before)
      return { nummer, titel: after!.titel, change: 'toegevoegd', diff: [{ text: textOf(after!), op: 'added' }] };
    if (!after)
      return { nummer, titel: before.titel, change: 'verwijderd', diff: [{ text: textOf(before), op: 'removed' }] };
    const a = textOf(before);
    const b = textOf(after);
    if (a === b) return { nummer, titel: after.titel, change: 'gelijk', diff: [] };
    return {
      nummer,
      titel: after.titel,
      change: 'gewijzigd',
      diff: diffWords(a, b).map((part) => ({
        text: part.value,
        op: part.added ? 'added' : part.removed ? 'removed' : 'same',
      })),
    };
  });
}
