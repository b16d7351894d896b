// The covenant's Markdown format (resources/convenant/FORMAT.md): parsing with errors by line
// number (nothing is imported when there is one), and writing the same format back. Every text is
// held to CONVENANT_LIMITS (a longer one is an error on its line).
import {
  ALL_PARTNERS,
  CONVENANT_LIMITS,
  CONVENANT_STATUSES,
  DATA_CATEGORIES,
  PROCESS_STEPS,
  TOPICS,
  type Article,
  type Convenant,
  type ConvenantStatus,
} from '../../../src-shared/domain/convenant';
import { isCalendarDay } from '../../../src-shared/domain/format';

export interface ParseError {
  line: number;
  /** i18n key under common:convenant.errors */
  key: string;
  params?: Record<string, string>;
}

const HEADER_FIELDS = ['titel', 'versie', 'ingangsdatum', 'status'] as const;
// Matched against a trimmed line, so the title runs to its end: `(.+)$`, not `(.+?)\s*$`, which
// backtracks quadratically over a run of spaces inside a title (a crafted file held core for minutes).
const ARTICLE = /^##\s+Artikel\s+(\d+[a-z]?)\s*(?:—|–|-|:)\s*(.+)$/i;
const LID = /^(\d+)\.\s+(.+)$/;
const BEGRIP = /^-\s+\*\*(.+?)\*\*\s*:\s*(.+)$/;
const TAG = /^(partners|gegevens|processtappen|onderwerpen)\s*:\s*(.*)$/i;
const VRAGEN = /^###\s+Vragen\s*$/i;
const VRAAG = /^-\s+(.+)$/;

export function parseConvenant(
  markdown: string,
  partnerCodes: readonly string[],
): { convenant: Convenant } | { errors: ParseError[] } {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: ParseError[] = [];
  const fail = (line: number, key: string, params?: Record<string, string>) =>
    errors.push({ line, key, ...(params ? { params } : {}) });

  // Header
  const header: Record<string, string> = {};
  const headerLine: Record<string, number> = {};
  let i: number;
  if (lines[0]?.trim() !== '---') {
    fail(1, 'headerMissing');
    return { errors };
  }
  for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const match = /^([a-z]+)\s*:\s*(.*)$/.exec(lines[i]!.trim());
    if (!match) fail(i + 1, 'headerLine');
    else if (!(HEADER_FIELDS as readonly string[]).includes(match[1]!))
      fail(i + 1, 'headerUnknown', { field: match[1]! });
    else {
      header[match[1]!] = match[2]!.trim();
      headerLine[match[1]!] = i + 1;
    }
  }
  if (i >= lines.length) {
    fail(1, 'headerUnclosed');
    return { errors };
  }
  for (const field of HEADER_FIELDS) if (!header[field]) fail(1, 'headerField', { field });
  for (const field of ['titel', 'versie'] as const) {
    if ((header[field]?.length ?? 0) > CONVENANT_LIMITS[field])
      fail(headerLine[field]!, 'headerTooLong', { field, max: String(CONVENANT_LIMITS[field]) });
  }
  // A day of the calendar, as the bridge holds every date (isCalendarDay): 2027-02-29 has the shape only.
  if (header['ingangsdatum'] && !isCalendarDay(header['ingangsdatum'])) fail(1, 'headerDate');
  if (header['status'] && !(CONVENANT_STATUSES as readonly string[]).includes(header['status']))
    fail(1, 'headerStatus', { status: header['status'] });

  const convenant: Convenant = {
    titel: header['titel'] ?? '',
    versie: header['versie'] ?? '',
    ingangsdatum: header['ingangsdatum'] ?? '',
    status: (header['status'] ?? 'concept') as ConvenantStatus,
    begrippen: [],
    artikelen: [],
  };

  type Section =
    | { kind: 'begrippen' }
    | {
        kind: 'artikel';
        article: Article;
        line: number;
        inLeden: boolean;
        vragenLine: number | null;
        /** The line each lid starts on (its continuation lines are added to its text). */
        lidLines: number[];
      }
    | null;
  let section: Section = null;
  const vocab: Record<string, readonly string[]> = {
    partners: [...partnerCodes, ALL_PARTNERS],
    gegevens: DATA_CATEGORIES,
    processtappen: PROCESS_STEPS,
    onderwerpen: TOPICS,
  };
  const seen = new Set<string>();
  const closeArticle = () => {
    if (section?.kind !== 'artikel') return;
    if (section.article.leden.length === 0) fail(section.line, 'articleEmpty', { nummer: section.article.nummer });
    if (section.vragenLine !== null && !section.article.vragen?.length)
      fail(section.vragenLine, 'vragenEmpty', { nummer: section.article.nummer });
    // Checked once the lid is whole: continuation lines make it longer.
    const { article, lidLines } = section;
    article.leden.forEach((lid, at) => {
      if (lid.tekst.length > CONVENANT_LIMITS.lid)
        fail(lidLines[at]!, 'lidTooLong', { nummer: article.nummer, max: String(CONVENANT_LIMITS.lid) });
    });
  };
  /** Fails on `line` with `key` when `text` is longer than `max`; true when it is not. */
  const within = (text: string, max: number, line: number, key: string, params: Record<string, string> = {}) => {
    if (text.length <= max) return true;
    fail(line, key, { ...params, max: String(max) });
    return false;
  };

  for (i = i + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    const number = i + 1;
    if (line === '') continue;
    if (/^##\s+Begrippen\s*$/i.test(line)) {
      closeArticle();
      section = { kind: 'begrippen' };
      continue;
    }
    const heading = ARTICLE.exec(line);
    if (heading) {
      closeArticle();
      const nummer = heading[1]!.toLowerCase();
      within(nummer, CONVENANT_LIMITS.artikelNummer, number, 'articleNumberTooLong');
      within(heading[2]!, CONVENANT_LIMITS.artikelTitel, number, 'articleTitleTooLong', { nummer });
      if (seen.has(nummer)) fail(number, 'articleDuplicate', { nummer });
      seen.add(nummer);
      const article: Article = {
        nummer,
        titel: heading[2]!,
        tags: { partners: [], gegevens: [], processtappen: [], onderwerpen: [] },
        leden: [],
      };
      convenant.artikelen.push(article);
      section = { kind: 'artikel', article, line: number, inLeden: false, vragenLine: null, lidLines: [] };
      continue;
    }
    if (VRAGEN.test(line)) {
      // An article's everyday questions (FORMAT.md): after its leden, once per article.
      if (section?.kind !== 'artikel') fail(number, 'vragenOutsideArticle');
      else if (section.vragenLine !== null) fail(number, 'vragenDuplicate', { nummer: section.article.nummer });
      else {
        // Before the leden it is an error, but the lines below are still read as questions, so
        // they do not each report one of their own.
        if (!section.article.leden.length) fail(number, 'vragenBeforeLeden', { nummer: section.article.nummer });
        section.vragenLine = number;
        section.article.vragen = [];
      }
      continue;
    }
    if (line.startsWith('#')) {
      fail(number, 'headingUnknown');
      continue;
    }
    if (!section) {
      fail(number, 'textOutsideArticle');
      continue;
    }
    if (section.kind === 'begrippen') {
      const begrip = BEGRIP.exec(line);
      if (!begrip) fail(number, 'begripLine');
      else if (
        within(begrip[1]!.trim(), CONVENANT_LIMITS.term, number, 'begripTooLong') &&
        within(begrip[2]!.trim(), CONVENANT_LIMITS.omschrijving, number, 'begripTooLong')
      )
        convenant.begrippen.push({ term: begrip[1]!.trim(), omschrijving: begrip[2]!.trim() });
      continue;
    }
    const article = section.article;
    if (section.vragenLine !== null) {
      const vraag = VRAAG.exec(line);
      if (!vraag) fail(number, 'vraagLine');
      else if (within(vraag[1]!.trim(), CONVENANT_LIMITS.vraag, number, 'vraagTooLong', { nummer: article.nummer }))
        article.vragen!.push(vraag[1]!.trim());
      continue;
    }
    const tag = !section.inLeden ? TAG.exec(line) : null;
    if (tag) {
      const name = tag[1]!.toLowerCase() as keyof Article['tags'];
      const values = tag[2]!
        .split(',')
        .map((value) => value.trim().toLowerCase())
        .filter(Boolean);
      for (const value of values) {
        if (!vocab[name]!.includes(value)) fail(number, 'tagUnknown', { tag: name, value });
        else (article.tags[name] as string[]).push(value);
      }
      continue;
    }
    const lid = LID.exec(line);
    if (lid) {
      section.inLeden = true;
      const nummer = Number(lid[1]);
      if (nummer !== article.leden.length + 1)
        fail(number, 'lidNumber', { expected: String(article.leden.length + 1), nummer: String(nummer) });
      article.leden.push({ nummer, tekst: lid[2]!.trim() });
      section.lidLines.push(number);
      continue;
    }
    if (/^\s+/.test(raw) && article.leden.length) {
      // A continuation line of the previous lid.
      const last = article.leden[article.leden.length - 1]!;
      last.tekst = `${last.tekst} ${line}`;
      continue;
    }
    if (!section.inLeden && article.leden.length === 0) {
      // An article without numbered leden: its text is one lid.
      section.inLeden = true;
      article.leden.push({ nummer: 1, tekst: line });
      section.lidLines.push(number);
      continue;
    }
    fail(number, 'lidLine');
  }
  closeArticle();
  if (!convenant.artikelen.length) fail(lines.length, 'noArticles');
  return errors.length ? { errors } : { convenant };
}

export function writeConvenant(convenant: Convenant): string {
  const out: string[] = ['---'];
  out.push(
    `titel: ${convenant.titel}`,
    `versie: ${convenant.versie}`,
    `ingangsdatum: ${convenant.ingangsdatum}`,
    `status: ${convenant.status}`,
    '---',
    '',
  );
  if (convenant.begrippen.length) {
    out.push('## Begrippen', '');
    for (const begrip of convenant.begrippen) out.push(`- **${begrip.term}**: ${begrip.omschrijving}`);
    out.push('');
  }
  for (const article of convenant.artikelen) {
    out.push(`## Artikel ${article.nummer} — ${article.titel}`);
    for (const name of ['onderwerpen', 'processtappen', 'partners', 'gegevens'] as const) {
      if (article.tags[name].length) out.push(`${name}: ${article.tags[name].join(', ')}`);
    }
    out.push('');
    for (const lid of article.leden) out.push(`${lid.nummer}. ${lid.tekst}`);
    out.push('');
    if (article.vragen?.length) out.push('### Vragen', '', ...article.vragen.map((vraag) => `- ${vraag}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
