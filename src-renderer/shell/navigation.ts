// The main navigation, merged from the features' entries (each made from its page's route, so
// address and channel are written once, in the feature). Each group lists the features whose
// entries it shows, in menu order; an entry is shown only to users whose roles allow its channel
// (the permission table in src-shared decides, as in core).
import { accountNavigation } from '../features/accounts/routes';
import { auditNavigation } from '../features/audit/routes';
import { backupNavigation } from '../features/backup/routes';
import { convenantNavigation } from '../features/convenant/routes';
import { evaluationNavigation } from '../features/evaluations/routes';
import { expertNavigation } from '../features/experts/routes';
import { figureNavigation } from '../features/figures/routes';
import { listNavigation } from '../features/lists/routes';
import { meetingNavigation } from '../features/meetings/routes';
import { mentoringNavigation } from '../features/mentoring/routes';
import { policyNavigation } from '../features/policy/routes';
import { retentionNavigation } from '../features/retention/routes';
import { searchNavigation } from '../features/search/routes';
import { workNavigation } from '../features/work/routes';
import type { NavEntry, NavGroup } from '../kit/routes';

/** The entries of one group, from the features in the order given. */
const inGroup = (group: NavGroup, ...features: (readonly NavEntry[])[]) =>
  features.flat().filter((entry) => entry.group === group);

/** The groups in order; the daily work needs no heading, the beheer pages get one. */
export const NAV_GROUPS: readonly { group: NavGroup; label: string | null }[] = [
  { group: 'work', label: null },
  { group: 'beheer', label: 'nav.beheer' },
];

export const NAVIGATION: readonly NavEntry[] = [
  ...inGroup(
    'work',
    workNavigation,
    searchNavigation,
    meetingNavigation,
    convenantNavigation,
    figureNavigation,
    evaluationNavigation,
    mentoringNavigation,
    expertNavigation,
  ),
  ...inGroup(
    'beheer',
    accountNavigation,
    meetingNavigation,
    auditNavigation,
    backupNavigation,
    policyNavigation,
    retentionNavigation,
    listNavigation,
    convenantNavigation,
  ),
];
