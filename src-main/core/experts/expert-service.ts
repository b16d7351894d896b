// Gemeentelijke experts CTER. An expert is an account with the role gemeentelijk_expert; a
// beheerder links it to the municipalities it supports. The expert records each consultation
// (advies) to one of those municipalities: topic, date, duration. The overview counts them per
// municipality and per expert in a calendar year.
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { AdviesOnderwerp } from '../../../src-shared/domain/mentoring';
import { AppError } from '../../../src-shared/ipc/errors';
import type {
  AdviesView,
  ExpertOverview,
  ExpertsByGemeente,
  ExpertView,
  expertChannels,
} from '../../../src-shared/ipc/experts';
import type { AccessScope } from '../access/access';
import type { Actor } from '../handlers';
import { AccountEntity, type Account } from '../db/entities/account';
import { ExpertAdviesEntity, ExpertGemeenteEntity, type ExpertAdvies } from '../db/entities/expert';
import { GemeenteEntity } from '../db/entities/reference';

type AdviesInput = z.output<(typeof expertChannels)['experts:save-advies']['input']>;

const isExpert = (account: Account) => account.roles.includes('gemeentelijk_expert');

export async function expertsByGemeente(manager: EntityManager): Promise<ExpertsByGemeente> {
  const accounts = (await manager.find(AccountEntity, { order: { displayName: 'ASC' } })).filter(isExpert);
  const links = await manager.find(ExpertGemeenteEntity);
  const gemeenten = (await manager.find(GemeenteEntity)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const byId = new Map(gemeenten.map((g) => [g.id, g]));
  const experts: ExpertView[] = accounts.map((a) => ({
    accountId: a.id,
    displayName: a.displayName,
    active: Boolean(a.active),
    gemeenten: links
      .filter((l) => l.accountId === a.id && byId.has(l.gemeenteId))
      .map((l) => ({ id: l.gemeenteId, name: byId.get(l.gemeenteId)!.name }))
      .sort((x, y) => x.name.localeCompare(y.name, 'nl')),
  }));
  return {
    experts,
    perGemeente: gemeenten.map((g) => ({
      gemeenteId: g.id,
      name: g.name,
      regionId: g.regionId,
      experts: experts
        .filter((e) => e.active && e.gemeenten.some((x) => x.id === g.id))
        .map((e) => ({ id: e.accountId, displayName: e.displayName })),
    })),
  };
}

export async function assignGemeenten(manager: EntityManager, accountId: number, gemeenteIds: number[]) {
  const account = await manager.findOne(AccountEntity, { where: { id: accountId } });
  if (!account) throw new AppError('NOT_FOUND');
  if (!isExpert(account)) throw new AppError('NOT_EXPERT');
  const unique = [...new Set(gemeenteIds)];
  if (unique.length && (await manager.count(GemeenteEntity, { where: { id: In(unique) } })) !== unique.length) {
    throw new AppError('INVALID_INPUT', undefined, { gemeenteIds: { key: 'validation.invalidChoice' } });
  }
  await manager.delete(ExpertGemeenteEntity, { accountId });
  if (unique.length) {
    await manager.insert(
      ExpertGemeenteEntity,
      unique.map((gemeenteId) => ({ accountId, gemeenteId })),
    );
  }
  return (await expertsByGemeente(manager)).experts.find((e) => e.accountId === accountId)!;
}

/** Saves the caller's own consultation; only for a municipality the caller is linked to. */
export async function saveAdvies(manager: EntityManager, input: AdviesInput, actor: Actor): Promise<number> {
  const accountId = actor.accountId!;
  const linked = await manager.findOne(ExpertGemeenteEntity, { where: { accountId, gemeenteId: input.gemeenteId } });
  if (!linked) throw new AppError('EXPERT_NOT_FOR_GEMEENTE');
  const stamp = actor.now.toISOString();
  const { id, ...fields } = input;
  if (id) {
    // Someone else's consultation does not exist for the caller.
    const existing = await manager.findOne(ExpertAdviesEntity, { where: { id, accountId } });
    if (!existing) throw new AppError('NOT_FOUND');
    await manager.save(ExpertAdviesEntity, { ...existing, ...fields, updatedAt: stamp });
    return id;
  }
  return (await manager.save(ExpertAdviesEntity, { ...fields, accountId, createdAt: stamp, updatedAt: stamp })).id;
}

export async function adviesViews(manager: EntityManager, rows: ExpertAdvies[]): Promise<AdviesView[]> {
  const accounts = new Map((await manager.find(AccountEntity)).map((a) => [a.id, a.displayName]));
  const gemeenten = new Map((await manager.find(GemeenteEntity)).map((g) => [g.id, g.name]));
  return rows.map((r) => ({
    id: r.id,
    expert: { id: r.accountId, displayName: accounts.get(r.accountId) ?? '' },
    gemeente: { id: r.gemeenteId, name: gemeenten.get(r.gemeenteId) ?? '' },
    datum: r.datum,
    onderwerp: r.onderwerp as AdviesOnderwerp,
    duurMinuten: r.duurMinuten,
    toelichting: r.toelichting,
  }));
}

/**
 * An account of a house (with regions) reads the consultations in its own regions' municipalities
 * and its own; on an installation of several houses another house's toelichting and exact counts
 * never reach it. An account without regions (the installation's beheerder) reads them all.
 */
function whereReadable(qb: SelectQueryBuilder<ExpertAdvies>, scope: AccessScope): void {
  if (scope.regionIds.length === 0) return;
  qb.innerJoin('Gemeente', 'g', 'g.id = a.gemeenteId').andWhere(
    '(g.regionId IN (:...regionIds) OR a.accountId = :self)',
    { regionIds: scope.regionIds, self: scope.accountId },
  );
}

export async function listAdvies(
  manager: EntityManager,
  scope: AccessScope,
  filter: { year: number | null; gemeenteId: number | null; accountId: number | null },
): Promise<AdviesView[]> {
  const qb = manager.createQueryBuilder(ExpertAdviesEntity, 'a');
  whereReadable(qb, scope);
  if (filter.year)
    qb.andWhere('a.datum BETWEEN :from AND :to', { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` });
  if (filter.gemeenteId) qb.andWhere('a.gemeente_id = :gemeenteId', { gemeenteId: filter.gemeenteId });
  if (filter.accountId) qb.andWhere('a.account_id = :accountId', { accountId: filter.accountId });
  return adviesViews(manager, await qb.orderBy('a.datum', 'DESC').addOrderBy('a.id', 'DESC').limit(2000).getMany());
}

/** Per municipality (all of them, also those without consultations) and per expert, in one year. */
export async function expertOverview(
  manager: EntityManager,
  scope: AccessScope,
  year: number,
): Promise<ExpertOverview> {
  const rows = await listAdvies(manager, scope, { year, gemeenteId: null, accountId: null });
  const { perGemeente, experts } = await expertsByGemeente(manager);
  // A house's own municipalities only (all of them, so gaps show); without regions, every one.
  const ownRegion = (g: { regionId: number }) => scope.regionIds.length === 0 || scope.regionIds.includes(g.regionId);
  const gemeenten = perGemeente.filter(ownRegion).map((g) => {
    const mine = rows.filter((r) => r.gemeente.id === g.gemeenteId);
    const onderwerpen: Partial<Record<AdviesOnderwerp, number>> = {};
    for (const r of mine) onderwerpen[r.onderwerp] = (onderwerpen[r.onderwerp] ?? 0) + 1;
    return {
      gemeenteId: g.gemeenteId,
      name: g.name,
      regionId: g.regionId,
      count: mine.length,
      minutes: mine.reduce((n, r) => n + r.duurMinuten, 0),
      onderwerpen,
      experts: g.experts.map((e) => e.displayName),
    };
  });
  const expertIds = [...new Set([...experts.map((e) => e.accountId), ...rows.map((r) => r.expert.id)])];
  const names = new Map([
    ...experts.map((e) => [e.accountId, e.displayName] as const),
    ...rows.map((r) => [r.expert.id, r.expert.displayName] as const),
  ]);
  return {
    year,
    perGemeente: gemeenten,
    perExpert: expertIds
      .map((accountId) => {
        const mine = rows.filter((r) => r.expert.id === accountId);
        return {
          accountId,
          displayName: names.get(accountId) ?? '',
          count: mine.length,
          minutes: mine.reduce((n, r) => n + r.duurMinuten, 0),
        };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
    totals: {
      count: rows.length,
      minutes: rows.reduce((n, r) => n + r.duurMinuten, 0),
      gemeenten: gemeenten.filter((g) => g.count > 0).length,
    },
  };
}
