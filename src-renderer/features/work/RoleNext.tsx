// What a beheerder and an evaluator do next, above their start page's tiles: the beheerder's admin
// tasks (casussen and trajecten past their bewaartermijn, the audit chain to check, accounts that
// wait on someone), the evaluator's evaluation rounds (open ones to follow, closed ones to read),
// and so the provincial coordinator's: every house's rounds, each with its house.
// Each from the channel the page it links to uses; nothing about a casus.
import { Alert, Skeleton } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { RoundSummary } from '../../../src-shared/ipc/evaluations';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../../kit/session';
import { NextGrid, NextSection, type NextEntry } from './NextSection';

/** How many rounds the start page lists (the evaluations page has them all). */
const ROUNDS = 5;

function AdminNext() {
  const { t } = useTranslation();
  // Counted in core: the lists themselves are the Bewaartermijn page's.
  const dueCount = useBridgeQuery('retention:due-count', {}, { staleTime: 0 });
  const accounts = useBridgeQuery('accounts:list', {}, { staleTime: 0 });
  const failed = dueCount.error ?? accounts.error;
  if (failed) return <Alert severity="error">{describeError(t, failed)}</Alert>;
  if (!dueCount.data || !accounts.data) return <Skeleton variant="rectangular" height={160} sx={{ mb: 3 }} />;
  const { cases, trajectories } = dueCount.data;
  const due = cases + trajectories;
  const temporary = accounts.data.filter((account) => account.active && account.mustChangePassword).length;
  const inactive = accounts.data.filter((account) => !account.active).length;
  const entries: NextEntry[] = [
    {
      key: 'bewaartermijn',
      to: '/beheer/bewaartermijn',
      title: t('work.admin.retention'),
      what: due === 0 ? t('work.admin.retentionNone') : t('work.admin.retentionDue', { cases, trajectories }),
      when: due === 0 ? undefined : t('work.admin.toReview', { count: due }),
      urgent: due > 0,
    },
    {
      key: 'auditlog',
      to: '/beheer/auditlog',
      title: t('work.admin.audit'),
      what: t('work.admin.auditWhat'),
    },
    {
      key: 'accounts',
      to: '/beheer/accounts',
      title: t('work.admin.accounts'),
      what: t('work.admin.accountsWhat', { count: accounts.data.length, temporary, inactive }),
    },
  ];
  return (
    <NextGrid>
      <NextSection id="werk-beheer" title={t('work.admin.title')} empty="" entries={entries} count={due + temporary} />
    </NextGrid>
  );
}

/** Open rounds first (soonest end first), then the closed ones, newest first. */
export function roundsNext(rounds: readonly RoundSummary[]): RoundSummary[] {
  const open = rounds.filter((round) => round.status === 'open').sort((a, b) => a.periodTo.localeCompare(b.periodTo));
  const closed = rounds
    .filter((round) => round.status === 'gesloten')
    .sort((a, b) => b.periodTo.localeCompare(a.periodTo));
  return [...open, ...closed].slice(0, ROUNDS);
}

function EvaluatorNext() {
  const { t } = useTranslation();
  const rounds = useBridgeQuery('evaluations:rounds', { sleutel: null }, { staleTime: 0 });
  if (rounds.isPending) return <Skeleton variant="rectangular" height={160} sx={{ mb: 3 }} />;
  if (rounds.isError) return <Alert severity="error">{describeError(t, rounds.error)}</Alert>;
  const shown = roundsNext(rounds.data);
  const entries: NextEntry[] = shown.map((round) => ({
    key: `ronde-${round.id}`,
    to: `/evaluaties/${round.id}`,
    title: round.titel,
    what:
      round.status === 'open'
        ? t('work.rounds.open', { count: round.responses })
        : t('work.rounds.closed', { count: round.responses }),
    // A house's round names its house (for whoever reads several: the coordinator); a round for
    // every house reads as it always did.
    when: round.region
      ? t('work.rounds.untilHouse', { huis: round.region.naam, date: formatDate(round.periodTo) })
      : t('work.rounds.until', { date: formatDate(round.periodTo) }),
  }));
  return (
    <NextGrid>
      <NextSection
        id="werk-rondes"
        title={t('work.rounds.title')}
        empty={t('work.rounds.empty')}
        entries={entries}
        count={shown.filter((round) => round.status === 'open').length}
      />
    </NextGrid>
  );
}

/** The role's next tasks, or nothing for a role without such a list. */
export function RoleNext() {
  const { user } = useSession();
  if (canUse('retention:due-count', user) && canUse('accounts:list', user)) return <AdminNext />;
  if (canUse('evaluations:rounds', user)) return <EvaluatorNext />;
  return null;
}
