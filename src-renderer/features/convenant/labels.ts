// Readable names for the covenant's fixed vocabularies (the labels on articles) and statuses.
import type { TFunction } from 'i18next';
import type { ArticleTags } from '../../../src-shared/domain/convenant';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { ALL_PARTNERS } from '../../../src-shared/domain/convenant';
import { listLabel } from '../lists';

export function partnerLabel(t: TFunction, reference: ReferenceData | undefined, code: string): string {
  return code === ALL_PARTNERS ? t('convenant.allPartners') : listLabel(reference, 'partner', code);
}

/** The labels of an article as short readable chips: topics, process steps, data, partners. */
export function tagLabels(t: TFunction, reference: ReferenceData | undefined, tags: ArticleTags): string[] {
  return [
    ...tags.onderwerpen.map((topic) => t(`convenant.topics.${topic}`)),
    ...tags.processtappen.map((step) => t(`convenant.steps.${step}`)),
    ...tags.gegevens.map((category) => t(`convenant.categories.${category}`)),
    ...tags.partners.map((partner) => partnerLabel(t, reference, partner)),
  ];
}
