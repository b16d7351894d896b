// Evaluation rounds and their responses. A round ties a template version, a period, the target
// groups and an anonymity setting. Responses come from paper forms (typed in by staff, who are
// recorded as the ones who entered them) and from the kiosk; both are checked against the template
// the same way. What a response row keeps of the respondent follows the round's anonymity: for an
// anonymous round no name and no time, only the date or the week.
import type { EntityManager } from 'typeorm';
import {
  isAnonymous,
  responseTime,
  type Anonymity,
  type ResponseSource,
  type RoundStatus,
} from '../../../src-shared/domain/evaluations';
import type { AnalysedResponse } from '../../../src-shared/domain/evaluation-analysis';
import { checkResponse, type Answers } from '../../../src-shared/domain/questionnaire-answers';
import type { Template } from '../../../src-shared/domain/questionnaire';
import { AppError, type FieldError } from '../../../src-shared/ipc/errors';
import type {
  ResponseView,
  RoundSummary,
  RoundView,
  TargetGroupView,
  roundInput,
} from '../../../src-shared/ipc/evaluations';
import { isoDay } from '../../../src-shared/domain/format';
import { AccountEntity } from '../db/entities/account';
import {
  EvalResponseEntity,
  EvalRoundEntity,
  EvalTemplateEntity,
  type EvalResponseRow,
  type EvalRoundRow,
} from '../db/entities/evaluation';
import { ListValueEntity } from '../db/entities/reference';
import { query } from '../db/sql';
import { roundVisibleWhere, type RoundReader } from './houses';
import * as q from './queries';
import { templateOf, type Author } from './template-service';
import type { z } from 'zod';
import { saveVersioned } from '../db/versioned';

export type RoundInput = z.output<typeof roundInput>;

export interface NewResponse {
  source: ResponseSource;
  partner: string | null;
  respondent: string | null;
  /** The date on a paper form; null: today. */
  datum: string | null;
  answers: Answers;
}

/** Status changes a round may make: open it, close it, reopen it. */
const NEXT: Record<RoundStatus, readonly RoundStatus[]> = {
  concept: ['open'],
  open: ['gesloten'],
  gesloten: ['open'],
};

export function targetGroupsOf(row: EvalRoundRow): TargetGroupView[] {
  return JSON.parse(row.targetGroups) as TargetGroupView[];
}

export class RoundService {
  async row(manager: EntityManager, id: number): Promise<EvalRoundRow> {
    const row = await manager.findOne(EvalRoundEntity, { where: { id } });
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async template(manager: EntityManager, round: EvalRoundRow): Promise<Template> {
    return templateOf(await manager.findOneOrFail(EvalTemplateEntity, { where: { id: round.templateId } }));
  }

  /** The rounds the reader may read (all when `reader` is null: the callers that checked already). */
  async summaries(
    manager: EntityManager,
    sleutel: string | null,
    ids: number[] | null = null,
    reader: RoundReader | null = null,
  ): Promise<RoundSummary[]> {
    const query = manager
      .createQueryBuilder(EvalRoundEntity, 'r')
      .innerJoin('EvalTemplate', 't', 't.id = r.templateId')
      .leftJoin('ZvhRegion', 'h', 'h.id = r.regionId')
      .select(['r.id AS "id"', 'r.titel AS "titel"', 'r.periodFrom AS "periodFrom"', 'r.periodTo AS "periodTo"'])
      .addSelect(['h.id AS "regionId"', 'h.name AS "regionName"'])
      .addSelect(['r.anonymity AS "anonymity"', 'r.status AS "status"', 'r.targetGroups AS "targetGroups"'])
      .addSelect([
        't.id AS "templateId"',
        't.sleutel AS "sleutel"',
        't.versie AS "versie"',
        't.titel AS "templateTitel"',
      ])
      .addSelect('(SELECT count(*) FROM eval_response x WHERE x.round_id = r.id)', 'responses')
      .orderBy('r.periodFrom', 'DESC')
      .addOrderBy('r.id', 'DESC');
    if (sleutel !== null) query.andWhere('t.sleutel = :sleutel', { sleutel });
    if (ids !== null) query.andWhereInIds(ids);
    if (reader !== null) {
      const visible = roundVisibleWhere(reader, 'r');
      query.andWhere(visible.text, visible.params);
    }
    const rows = (await query.getRawMany()) as (Omit<RoundSummary, 'template' | 'targetGroups' | 'region'> & {
      targetGroups: string;
      templateId: number;
      sleutel: string;
      versie: number;
      templateTitel: string;
      regionId: number | null;
      regionName: string | null;
    })[];
    return rows.map(
      ({ templateId, sleutel: key, versie, templateTitel, targetGroups, regionId, regionName, ...row }) => ({
        ...row,
        region: regionId === null ? null : { id: Number(regionId), naam: regionName ?? '' },
        responses: Number(row.responses),
        targetGroups: JSON.parse(targetGroups) as TargetGroupView[],
        template: { id: templateId, sleutel: key, versie, titel: templateTitel },
      }),
    );
  }

  async summary(manager: EntityManager, id: number): Promise<RoundSummary> {
    const [summary] = await this.summaries(manager, null, [id]);
    if (!summary) throw new AppError('NOT_FOUND');
    return summary;
  }

  async view(manager: EntityManager, id: number): Promise<RoundView> {
    const row = await this.row(manager, id);
    const counts = await query<{ source: ResponseSource; n: number }>(manager, q.responsesPerSource(id));
    const sources = { papier: 0, kiosk: 0 };
    for (const c of counts) sources[c.source] = Number(c.n);
    return {
      ...(await this.summary(manager, id)),
      toelichting: row.toelichting,
      version: row.version,
      templateContent: await this.template(manager, row),
      sources,
    };
  }

  /** Saves a round for `house` (a region, or null: every house; houses.ts `houseFor` chose it). */
  async save(manager: EntityManager, input: RoundInput, author: Author, house: number | null = null): Promise<number> {
    await manager.findOneOrFail(EvalTemplateEntity, { where: { id: input.templateId } }).catch(() => {
      throw new AppError('NOT_FOUND');
    });
    const partners = new Set(
      (await manager.find(ListValueEntity, { where: { list: 'partner' } })).map((value) => value.code),
    );
    const unknown = input.targetGroups.findIndex((g) => !partners.has(g.partner));
    if (unknown >= 0) {
      throw new AppError('UNKNOWN_CODE', undefined, {
        [`targetGroups.${unknown}.partner`]: { key: 'validation.invalidChoice' },
      });
    }
    const stamp = author.now.toISOString();
    const fields = {
      titel: input.titel,
      toelichting: input.toelichting,
      templateId: input.templateId,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      anonymity: input.anonymity,
      targetGroups: JSON.stringify(input.targetGroups),
      regionId: house,
      updatedAt: stamp,
    };
    if (input.id === null) {
      const made = await manager.save(EvalRoundEntity, {
        ...fields,
        status: 'concept',
        createdAt: stamp,
        createdBy: author.accountId,
      });
      return made.id;
    }
    const row = await this.row(manager, input.id);
    const answered = await manager.count(EvalResponseEntity, { where: { roundId: row.id } });
    if (answered > 0 && (row.templateId !== input.templateId || row.anonymity !== input.anonymity)) {
      throw new AppError('ROUND_HAS_RESPONSES');
    }
    const targetGroups = await this.correctedGroups(manager, row, input.targetGroups, author);
    const { updatedAt: _at, targetGroups: _groups, ...edited } = fields;
    const groupsOf = (groups: { partner: string; invited: number | null }[]) =>
      groups.map(({ partner, invited }) => ({ partner, invited }));
    await saveVersioned(
      manager,
      EvalRoundEntity,
      row.id,
      input.version,
      { ...fields, targetGroups: JSON.stringify(targetGroups) },
      author,
      {
        wanted: { ...edited, targetGroups: groupsOf(input.targetGroups) },
        stored: (stored) => ({
          targetGroups: groupsOf(JSON.parse(stored.targetGroups) as { partner: string; invited: number | null }[]),
        }),
      },
    );
    return row.id;
  }

  /** Responses per partner in a round (null: without an organisation). */
  private async responsesPerPartner(manager: EntityManager, roundId: number): Promise<Map<string | null, number>> {
    const rows = await query<{ partner: string | null; n: number }>(manager, q.responsesPerPartner(roundId));
    return new Map(rows.map((r) => [r.partner, Number(r.n)]));
  }

  /**
   * The target groups as saved on an existing round. The number invited cannot go below the
   * responses already entered for the partner (empty, "unknown", is always allowed); a number
   * changed after responses came in is recorded as a correction, with who and when.
   */
  private async correctedGroups(
    manager: EntityManager,
    row: EvalRoundRow,
    groups: RoundInput['targetGroups'],
    author: Author,
  ): Promise<TargetGroupView[]> {
    const counts = await this.responsesPerPartner(manager, row.id);
    const before = new Map(targetGroupsOf(row).map((g) => [g.partner, g]));
    const fields: Record<string, FieldError> = {};
    groups.forEach((g, i) => {
      const responses = counts.get(g.partner) ?? 0;
      if (g.invited !== null && g.invited < responses) {
        fields[`targetGroups.${i}.invited`] = { key: 'validation.invitedBelowResponses', params: { responses } };
      }
    });
    if (Object.keys(fields).length) throw new AppError('INVALID_INPUT', undefined, fields);
    const account =
      author.accountId === null ? null : await manager.findOne(AccountEntity, { where: { id: author.accountId } });
    return groups.map((g) => {
      const old = before.get(g.partner);
      const changed = old !== undefined && old.invited !== g.invited && (counts.get(g.partner) ?? 0) > 0;
      const correction = changed
        ? { on: isoDay(author.now), by: account?.displayName ?? null }
        : (old?.correction ?? null);
      return correction
        ? { partner: g.partner, invited: g.invited, correction }
        : { partner: g.partner, invited: g.invited };
    });
  }

  /**
   * A paper form beyond the number invited for its partner is refused: the user corrects the
   * number invited first (the form stays on screen). The kiosk never refuses for this reason, so a
   * respondent's answers are not lost; the analysis flags the partner until the number is corrected.
   */
  private async checkInvited(
    manager: EntityManager,
    round: EvalRoundRow,
    partner: string | null,
    replace: EvalResponseRow | null,
  ): Promise<void> {
    const group = targetGroupsOf(round).find((g) => g.partner === partner);
    // A corrected form that keeps its partner changes no count.
    if (!group || group.invited === null || replace?.partner === partner) return;
    const counts = await this.responsesPerPartner(manager, round.id);
    const others = counts.get(partner) ?? 0;
    if (others + 1 <= group.invited) return;
    const label = await manager.findOne(ListValueEntity, { where: { list: 'partner', code: group.partner } });
    throw new AppError(
      'INVITED_EXCEEDED',
      { partner: label?.label ?? group.partner, invited: group.invited, responses: others },
      { partner: { key: 'validation.invitedExceeded', params: { invited: group.invited } } },
    );
  }

  async setStatus(manager: EntityManager, id: number, status: RoundStatus, now: Date): Promise<void> {
    const row = await this.row(manager, id);
    if (row.status === status) return;
    if (!NEXT[row.status as RoundStatus].includes(status)) throw new AppError('TRANSITION_NOT_ALLOWED');
    await manager.update(EvalRoundEntity, { id }, { status, updatedAt: now.toISOString() });
  }

  /**
   * Checks and stores one response. Anonymous rounds keep no name and no time (only the date or
   * the week); the partner must be one of the round's target groups when it has any, and a paper
   * form may not go beyond the partner's number invited (checkInvited).
   */
  async addResponse(
    manager: EntityManager,
    round: EvalRoundRow,
    response: NewResponse,
    author: Author,
    replace: EvalResponseRow | null = null,
  ): Promise<EvalResponseRow> {
    if (round.status !== 'open') throw new AppError('ROUND_NOT_OPEN');
    const groups = targetGroupsOf(round);
    if (response.partner !== null && groups.length && !groups.some((g) => g.partner === response.partner)) {
      throw new AppError('INVALID_INPUT', undefined, { partner: { key: 'validation.invalidChoice' } });
    }
    if (response.source !== 'kiosk') await this.checkInvited(manager, round, response.partner, replace);
    const checked = checkResponse(await this.template(manager, round), response.answers);
    if (!checked.ok) {
      const fields: Record<string, FieldError> = {};
      for (const [path, error] of Object.entries(checked.errors)) fields[`answers.${path}`] = error;
      throw new AppError('INVALID_INPUT', undefined, fields);
    }
    const anonymity = round.anonymity as Anonymity;
    const day = response.datum ?? isoDay(author.now);
    const time = responseTime(anonymity, author.now, day);
    const row = {
      roundId: round.id,
      source: response.source,
      partner: response.partner,
      respondent: isAnonymous(anonymity) ? null : response.respondent || null,
      submittedOn: time.submittedOn,
      // A paper form has no exact time of answering: only the kiosk records one (named rounds).
      submittedAt: response.source === 'kiosk' ? time.submittedAt : null,
      enteredBy: author.accountId,
      answers: JSON.stringify(checked.answers),
    };
    if (replace) {
      await manager.update(EvalResponseEntity, { id: replace.id }, row);
      return { ...replace, ...row };
    }
    return manager.save(EvalResponseEntity, row);
  }

  async response(manager: EntityManager, id: number): Promise<EvalResponseRow> {
    const row = await manager.findOne(EvalResponseEntity, { where: { id } });
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async responseViews(manager: EntityManager, roundId: number): Promise<ResponseView[]> {
    const rows = await manager.find(EvalResponseEntity, { where: { roundId }, order: { id: 'ASC' } });
    const names = new Map(
      (await manager.find(AccountEntity, { select: { id: true, displayName: true } })).map((a) => [
        a.id,
        a.displayName,
      ]),
    );
    return rows.map((row) => this.responseView(row, names));
  }

  responseView(row: EvalResponseRow, names: Map<number, string>): ResponseView {
    return {
      id: row.id,
      source: row.source as ResponseSource,
      partner: row.partner,
      respondent: row.respondent,
      submittedOn: row.submittedOn,
      submittedAt: row.submittedAt,
      enteredBy: row.enteredBy === null ? null : (names.get(row.enteredBy) ?? null),
      answers: JSON.parse(row.answers) as Answers,
    };
  }

  /** The responses of a round as the analysis reads them (partner and answers only). */
  async analysed(manager: EntityManager, roundId: number): Promise<AnalysedResponse[]> {
    const rows = await query<{ partner: string | null; answers: string }>(manager, q.analysedResponses(roundId));
    return rows.map((row) => ({ partner: row.partner, answers: JSON.parse(row.answers) as Answers }));
  }
}
