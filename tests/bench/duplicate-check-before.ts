// The duplicate check as it was before issue 20's scoring change (main at 284fabd), verbatim, for
// the casework bench's before/after comparison on the same file: every candidate read as a TypeORM
// entity, each pair of tokens keyed anew (`phoneticKey` per pair), then per match of the ten best
// three more queries. Not used by the application.
import type { EntityManager } from 'typeorm';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import { OPEN_STATES } from '../../src-shared/domain/casus';
import { PersonEntity } from '../../src-main/core/db/entities/person';
import { GemeenteEntity } from '../../src-main/core/db/entities/reference';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import { whereVisible, type AccessScope } from '../../src-main/core/access/access';
import { keyHead, nameTokens, personKeys, phoneticKey } from '../../src-main/core/persons/names';
import type { MatchQuery } from '../../src-main/core/persons/person-service';

const NAME_THRESHOLD = 0.82;

function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = bMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function tokenSimilarity(a: string, b: string): number {
  const spelled = jaroWinkler(a, b);
  const sounded = phoneticKey(a) === phoneticKey(b) ? 0.95 : jaroWinkler(phoneticKey(a), phoneticKey(b)) * 0.9;
  return Math.max(spelled, sounded);
}

/**
 * 0..1: how alike two names are, token by token, in any order ("Jansen, Piet" ~ "Piet Jansen").
 * Each token of the shorter name is paired with its best match in the other.
 */
function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (!left.length || !right.length) return 0;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const total = short.reduce((sum, token) => sum + Math.max(...long.map((other) => tokenSimilarity(token, other))), 0);
  // A name with extra tokens (a middle name) is only slightly less alike.
  const coverage = short.length / long.length;
  return (total / short.length) * (0.85 + 0.15 * coverage);
}

/** findMatches before issue 20's scoring change. */
export async function findMatchesBefore(
  manager: EntityManager,
  scope: AccessScope,
  query: MatchQuery,
): Promise<PersonMatch[]> {
  const heads = [...new Set(personKeys([query.naam, ...query.aliases]).map(keyHead))];
  if (!heads.length) return [];
  const year = query.geboortedatum ? Number(query.geboortedatum.slice(0, 4)) : query.geboortejaar;
  // Per candidate (EXISTS through casus_person), not the set of every visible casus's person.
  const visible = whereVisible(
    manager.createQueryBuilder(CaseEntity, 'c').select('1').where('c.person_id = p.id'),
    'c',
    scope,
  );
  const years = year === null ? null : [0, year - 1, year, year + 1];
  const byYear = years ? ' AND k.birth_year IN (:...years)' : '';
  const candidates = await manager
    .createQueryBuilder(PersonEntity, 'p')
    .where(`p.id IN (SELECT k.person_id FROM person_name_key k WHERE k.head IN (:...heads)${byYear})`)
    .andWhere(`EXISTS (${visible.getQuery()})`)
    .setParameters({ ...visible.getParameters(), heads, ...(years ? { years } : {}) })
    .getMany();

  const matches: PersonMatch[] = [];
  for (const person of candidates) {
    const names = [person.naam, person.roepnaam, ...person.aliases].filter(Boolean);
    const typed = [query.naam, ...query.aliases];
    let best = 0;
    let viaAlias = false;
    for (const [index, name] of names.entries()) {
      for (const mine of typed) {
        const score = nameSimilarity(mine, name);
        if (score > best) {
          best = score;
          viaAlias = index > 0;
        }
      }
    }
    const sameDate = Boolean(query.geboortedatum && person.geboortedatum === query.geboortedatum);
    const sameYear = year !== null && person.geboortejaar === year;
    const otherYear = year !== null && person.geboortejaar !== null && Math.abs(person.geboortejaar - year) > 1;
    if (best < (sameDate ? 0.7 : NAME_THRESHOLD) || otherYear) continue;
    const score = Math.min(1, best * 0.8 + (sameDate ? 0.2 : sameYear ? 0.12 : year === null ? 0.05 : 0));
    const reasons = [viaAlias ? 'alias' : 'naam', ...(sameDate ? ['geboortedatum'] : sameYear ? ['geboortejaar'] : [])];
    matches.push({
      id: person.id,
      naam: person.naam,
      roepnaam: person.roepnaam,
      aliases: person.aliases,
      geboortedatum: person.geboortedatum,
      geboortejaar: person.geboortejaar,
      gemeente: '',
      score: Math.round(score * 100) / 100,
      reasons,
      openCase: null,
    });
  }
  matches.sort((a, b) => b.score - a.score);
  const top = matches.slice(0, 10);
  for (const match of top) {
    const view = await manager.findOne(PersonEntity, { where: { id: match.id } });
    match.gemeente = (await manager.findOne(GemeenteEntity, { where: { id: view!.gemeenteId } }))?.name ?? '';
    const open = await whereVisible(
      manager.createQueryBuilder(CaseEntity, 'c').where('c.person_id = :pid', { pid: match.id }),
      'c',
      scope,
    )
      .andWhere('c.state IN (:...open)', { open: OPEN_STATES })
      .getOne();
    match.openCase = open ? { id: open.id, number: open.number, state: open.state } : null;
  }
  return top;
}
