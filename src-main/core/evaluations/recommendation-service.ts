// Recommendations (aanbevelingen) that come out of an evaluation round: text, owner, deadline and
// status, with progress notes; the overview sorts them into open, late and done.
import type { EntityManager } from 'typeorm';
import { recommendationPile, type RecommendationStatus } from '../../../src-shared/domain/evaluations';
import { AppError } from '../../../src-shared/ipc/errors';
import type { RecommendationOverview, RecommendationView } from '../../../src-shared/ipc/evaluations';
import { AccountEntity } from '../db/entities/account';
import {
  EvalRecommendationEntity,
  EvalRecommendationNoteEntity,
  EvalRoundEntity,
  type EvalRecommendationRow,
} from '../db/entities/evaluation';
import { roundVisibleWhere, type RoundReader } from './houses';
import type { Author } from './template-service';

export interface RecommendationInput {
  id: number | null;
  roundId: number;
  tekst: string;
  eigenaar: string;
  deadline: string | null;
  status: RecommendationStatus;
}

type Pile = RecommendationView['pile'];

export class RecommendationService {
  async row(manager: EntityManager, id: number): Promise<EvalRecommendationRow> {
    const row = await manager.findOne(EvalRecommendationEntity, { where: { id } });
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async views(manager: EntityManager, rows: EvalRecommendationRow[], today: string): Promise<RecommendationView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const notes = await manager
      .createQueryBuilder(EvalRecommendationNoteEntity, 'n')
      .where('n.recommendationId IN (:...ids)', { ids })
      .orderBy('n.id', 'ASC')
      .getMany();
    const names = new Map(
      (await manager.find(AccountEntity, { select: { id: true, displayName: true } })).map((a) => [
        a.id,
        a.displayName,
      ]),
    );
    const rounds = new Map(
      (await manager.find(EvalRoundEntity, { select: { id: true, titel: true } })).map((r) => [r.id, r.titel]),
    );
    return rows.map((row) => {
      const status = row.status as RecommendationStatus;
      return {
        id: row.id,
        round: { id: row.roundId, titel: rounds.get(row.roundId) ?? '' },
        tekst: row.tekst,
        eigenaar: row.eigenaar,
        deadline: row.deadline,
        status,
        pile: recommendationPile(status, row.deadline, today),
        notes: notes
          .filter((n) => n.recommendationId === row.id)
          .map((n) => ({
            id: n.id,
            tekst: n.tekst,
            status: n.status as RecommendationStatus,
            door: n.accountId === null ? null : (names.get(n.accountId) ?? null),
            at: n.createdAt,
          })),
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
  }

  async view(manager: EntityManager, id: number, today: string): Promise<RecommendationView> {
    return (await this.views(manager, [await this.row(manager, id)], today))[0]!;
  }

  /**
   * The overview: late ones first, then by deadline (none last). Of one round (the caller checked
   * the reader may read it), or of every round the reader may read (`reader`).
   */
  async overview(
    manager: EntityManager,
    filter: { roundId: number | null; pile: Pile | null },
    today: string,
    reader: RoundReader | null = null,
  ): Promise<RecommendationOverview> {
    const qb = manager.createQueryBuilder(EvalRecommendationEntity, 'a').orderBy('a.id', 'ASC');
    if (filter.roundId !== null) qb.andWhere('a.roundId = :roundId', { roundId: filter.roundId });
    if (reader !== null) {
      const visible = roundVisibleWhere(reader, 'r');
      qb.innerJoin('EvalRound', 'r', 'r.id = a.roundId').andWhere(visible.text, visible.params);
    }
    const rows = await qb.getMany();
    const all = await this.views(manager, rows, today);
    const order: Record<Pile, number> = { 'te-laat': 0, open: 1, afgerond: 2 };
    all.sort(
      (a, b) =>
        order[a.pile] - order[b.pile] || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id - b.id,
    );
    const count = (pile: Pile) => all.filter((r) => r.pile === pile).length;
    return {
      items: filter.pile === null ? all : all.filter((r) => r.pile === filter.pile),
      counts: { open: count('open'), teLaat: count('te-laat'), afgerond: count('afgerond') },
    };
  }

  async save(manager: EntityManager, input: RecommendationInput, author: Author): Promise<number> {
    if (!(await manager.findOne(EvalRoundEntity, { where: { id: input.roundId } }))) throw new AppError('NOT_FOUND');
    const stamp = author.now.toISOString();
    const fields = {
      roundId: input.roundId,
      tekst: input.tekst,
      eigenaar: input.eigenaar,
      deadline: input.deadline,
      status: input.status,
      updatedAt: stamp,
    };
    if (input.id === null) {
      return (
        await manager.save(EvalRecommendationEntity, { ...fields, createdAt: stamp, createdBy: author.accountId })
      ).id;
    }
    const row = await this.row(manager, input.id);
    await manager.update(EvalRecommendationEntity, { id: row.id }, fields);
    return row.id;
  }

  /** A progress note; with a status, the recommendation moves to it. */
  async note(
    manager: EntityManager,
    id: number,
    tekst: string,
    status: RecommendationStatus | null,
    author: Author,
  ): Promise<void> {
    const row = await this.row(manager, id);
    const next = status ?? (row.status as RecommendationStatus);
    const stamp = author.now.toISOString();
    await manager.save(EvalRecommendationNoteEntity, {
      recommendationId: id,
      tekst,
      status: next,
      accountId: author.accountId,
      createdAt: stamp,
    });
    await manager.update(EvalRecommendationEntity, { id }, { status: next, updatedAt: stamp });
  }
}
