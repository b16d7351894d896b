// The kiosk: a user starts it for an open round and hands the laptop to respondents, who answer
// and submit one after the other. While it runs, the router refuses every channel but the kiosk's
// own (permissions.ts, KIOSK_CHANNELS): nothing else of the application is reachable. Leaving takes
// the password of the user who started it, checked against the user's key slot like a login and
// throttled by the same counter, so a respondent cannot guess it quickly.
import { AppError } from '../../../src-shared/ipc/errors';
import type { KioskView } from '../../../src-shared/ipc/evaluations';
import { ListValueEntity } from '../db/entities/reference';
import type { WorkspaceParts } from '../workspace';
import type { RoundService } from './round-service';
import { targetGroupsOf } from './round-service';
import { In, type EntityManager } from 'typeorm';
import type { Answers } from '../../../src-shared/domain/questionnaire-answers';
import type { Anonymity } from '../../../src-shared/domain/evaluations';

export class Kiosk {
  constructor(
    private readonly parts: Pick<WorkspaceParts, 'clock' | 'platform' | 'db' | 'sessionState' | 'credentials'>,
    private readonly rounds: RoundService,
  ) {}

  private active() {
    const kiosk = this.parts.sessionState.current()?.kiosk;
    if (!kiosk) throw new AppError('KIOSK_NOT_ACTIVE');
    return kiosk;
  }

  async view(manager: EntityManager, roundId: number, submitted: number): Promise<KioskView> {
    const round = await this.rounds.row(manager, roundId);
    const partners = targetGroupsOf(round).map((g) => g.partner);
    const values = await manager.find(ListValueEntity, { where: { list: 'partner', code: In(partners) } });
    return {
      roundId,
      titel: round.titel,
      anonymity: round.anonymity as Anonymity,
      template: await this.rounds.template(manager, round),
      partners,
      partnerLabels: Object.fromEntries(values.map((v) => [v.code, v.label])),
      submitted,
    };
  }

  async start(manager: EntityManager, roundId: number): Promise<KioskView> {
    const session = this.parts.sessionState.requireSession();
    const round = await this.rounds.row(manager, roundId);
    if (round.status !== 'open') throw new AppError('ROUND_NOT_OPEN');
    const view = await this.view(manager, roundId, 0);
    session.kiosk = { roundId, startedAt: this.parts.clock.now().toISOString(), submitted: 0 };
    // The window follows: full screen, so nothing of the desktop is in reach either.
    this.parts.platform.window?.setKiosk(true);
    return view;
  }

  form(manager: EntityManager): Promise<KioskView> {
    const kiosk = this.active();
    return this.view(manager, kiosk.roundId, kiosk.submitted);
  }

  /** One respondent's answers, stored for the round the kiosk runs; the count is kept in memory only. */
  async submit(
    manager: EntityManager,
    input: { partner: string | null; respondent: string | null; answers: Answers },
  ): Promise<{ submitted: number }> {
    const kiosk = this.active();
    const round = await this.rounds.row(manager, kiosk.roundId);
    await this.rounds.addResponse(
      manager,
      round,
      { source: 'kiosk', partner: input.partner, respondent: input.respondent, datum: null, answers: input.answers },
      { accountId: this.parts.sessionState.requireSession().user.id, now: this.parts.clock.now() },
    );
    kiosk.submitted += 1;
    return { submitted: kiosk.submitted };
  }

  /**
   * Leaves the kiosk with the password of the user who started it. A wrong password is audited
   * and counts towards the login throttle; the kiosk stays.
   */
  async exit(password: string): Promise<{ submitted: number }> {
    const ws = this.parts;
    const kiosk = this.active();
    const session = ws.sessionState.requireSession();
    const credentials = ws.credentials();
    const throttle = credentials.throttle;
    const tag = credentials.tag(session.user.username);
    const entry = (result: string, details: Record<string, number> | null = null) => ({
      ...ws.sessionState.actor(),
      action: 'evaluations:kiosk-exit',
      kind: 'session' as const,
      objectType: 'evaluatieronde',
      objectId: String(kiosk.roundId),
      result,
      details,
    });
    // Checked and counted in one step (vault/throttle.ts), so parallel attempts cannot all be tried.
    const reserved = await throttle.reserve(tag, ws.clock.now().getTime(), false);
    if (!reserved.ok) {
      await ws.db.audit(entry('THROTTLED'));
      throw new AppError('THROTTLED', { seconds: reserved.seconds });
    }
    let right: boolean;
    try {
      right = await credentials.verify(session, password, true);
    } catch (error) {
      await throttle.release(tag);
      throw error;
    }
    if (!right) {
      await throttle.reservedFailed(tag, ws.clock.now().getTime(), false);
      await ws.db.audit(entry('WRONG_CREDENTIALS'));
      throw new AppError('WRONG_CREDENTIALS', undefined, { password: { key: 'validation.currentPasswordWrong' } });
    }
    await throttle.recordSuccess(tag);
    session.kiosk = null;
    ws.platform.window?.setKiosk(false);
    await ws.db.audit(entry('ok', { ingevuld: kiosk.submitted }));
    return { submitted: kiosk.submitted };
  }
}
