// The covenant (convenant informatiedelen CTER): its structure and the fixed vocabularies of the
// labels on articles, which "Mag ik dit delen?" reads. The partners are the codes of the partner
// list, or `alle`.

export const DATA_CATEGORIES = [
  'persoonsgegevens',
  'strafrechtelijke_gegevens',
  'bijzondere_persoonsgegevens',
  'justitiele_gegevens',
] as const;
export const PROCESS_STEPS = ['signaal', 'weging', 'casusoverleg', 'monitoring', 'afsluiting'] as const;
export const TOPICS = [
  'doel',
  'grondslag',
  'verstrekking',
  'geheimhouding',
  'beveiliging',
  'datalek',
  'bewaartermijn',
  'rechten_betrokkene',
  'klachten',
  'evaluatie',
  'looptijd',
] as const;
export const CONVENANT_STATUSES = ['concept', 'vastgesteld', 'vervallen'] as const;

export type DataCategory = (typeof DATA_CATEGORIES)[number];
export type ProcessStep = (typeof PROCESS_STEPS)[number];
export type Topic = (typeof TOPICS)[number];
export type ConvenantStatus = (typeof CONVENANT_STATUSES)[number];

/** Stands for every partner in an article's `partners` label. */
export const ALL_PARTNERS = 'alle';

export interface ArticleTags {
  partners: string[];
  gegevens: DataCategory[];
  processtappen: ProcessStep[];
  onderwerpen: Topic[];
}

export interface Lid {
  nummer: number;
  tekst: string;
}

export interface Article {
  nummer: string;
  titel: string;
  tags: ArticleTags;
  leden: Lid[];
  /**
   * Everyday questions and phrasings the article answers (the file's optional `### Vragen`
   * section): the search indexes them as a field of their own; the reader does not show them.
   * Absent in versions imported before the section existed.
   */
  vragen?: string[];
}

export interface Begrip {
  term: string;
  omschrijving: string;
}

export interface Convenant {
  titel: string;
  versie: string;
  ingangsdatum: string;
  status: ConvenantStatus;
  begrippen: Begrip[];
  artikelen: Article[];
}

/**
 * The longest text each part of the covenant file may hold (markdown.ts refuses a longer one by its
 * line). Far above the example and any real covenant, but bounded: a version of any length was
 * stored as it came and named the export's file. The title and the version together stay short
 * enough that a citation (below) fits the minutes' article field (CITATION_MAX).
 */
export const CONVENANT_LIMITS = {
  titel: 130,
  versie: 30,
  artikelNummer: 10,
  artikelTitel: 200,
  lid: 20_000,
  term: 100,
  omschrijving: 2_000,
  vraag: 200,
} as const;

/** The longest citation: the minutes' article field, where Ctrl+K may place one. */
export const CITATION_MAX = 200;

/**
 * "art. 7 lid 2 Convenant informatiedelen CTER (versie 1.0)": how a citation reads in the minutes.
 * The title names the covenant, the version which text was meant (a later version may differ).
 */
export function citation(article: string, lid: number | null, titel: string, versie: string): string {
  return `art. ${article}${lid ? ` lid ${lid}` : ''} ${titel.trim()} (versie ${versie})`;
}
