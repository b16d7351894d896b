// "Mag ik dit delen?": the governing articles for sharing data of one category, in one process
// step, from one partner to another — read from the labels on the articles, nothing else. An
// article governs when it is about verstrekking or grondslag, names both partners (or `alle`),
// the data category, and the step (or no step at all).
import {
  ALL_PARTNERS,
  type Article,
  type Convenant,
  type DataCategory,
  type ProcessStep,
} from '../../../src-shared/domain/convenant';

export interface ShareQuestion {
  from: string;
  to: string;
  category: DataCategory;
  step: ProcessStep;
}

export interface ShareAnswer {
  verdict: 'voorwaarden' | 'niet-geregeld';
  articles: { nummer: string; titel: string; voorwaarden: string[] }[];
}

function names(article: Article, partner: string): boolean {
  return article.tags.partners.includes(partner) || article.tags.partners.includes(ALL_PARTNERS);
}

export function shareCheck(convenant: Convenant, question: ShareQuestion): ShareAnswer {
  const governing = convenant.artikelen.filter(
    (article) =>
      (article.tags.onderwerpen.includes('verstrekking') || article.tags.onderwerpen.includes('grondslag')) &&
      names(article, question.from) &&
      names(article, question.to) &&
      article.tags.gegevens.includes(question.category) &&
      (article.tags.processtappen.length === 0 || article.tags.processtappen.includes(question.step)),
  );
  return {
    verdict: governing.length ? 'voorwaarden' : 'niet-geregeld',
    // Verstrekking articles first: they say what may be shared; grondslag articles say why.
    articles: governing
      .sort(
        (a, b) =>
          Number(b.tags.onderwerpen.includes('verstrekking')) - Number(a.tags.onderwerpen.includes('verstrekking')),
      )
      .map((article) => ({
        nummer: article.nummer,
        titel: article.titel,
        voorwaarden: article.leden.map((lid) => `${lid.nummer}. ${lid.tekst}`),
      })),
  };
}
