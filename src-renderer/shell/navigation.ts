// The entries of the main navigation. Only capabilities that exist are listed here; a feature
// adds its entry when it lands. An entry names the channel its page needs: the navigation shows
// only what the logged-in user can use (the permission table in src-shared decides, as in core).
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import Diversity3Outlined from '@mui/icons-material/Diversity3Outlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import FolderSharedOutlined from '@mui/icons-material/FolderSharedOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import InsertChartOutlined from '@mui/icons-material/InsertChartOutlined';
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import HistoryEduOutlined from '@mui/icons-material/HistoryEduOutlined';
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import PolicyOutlined from '@mui/icons-material/PolicyOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import { canUse, type Caller } from '../../src-shared/ipc/permissions';
import type { ChannelName } from '../../src-shared/ipc/contract';

export type NavGroup = 'work' | 'beheer';

export interface NavEntry {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: SvgIconComponent;
  group: NavGroup;
  /** The channel the page cannot do without; absent for pages everyone may see. */
  channel?: ChannelName;
}

/** The groups in order; the daily work needs no heading, the beheer pages get one. */
export const NAV_GROUPS: readonly { group: NavGroup; label: string | null }[] = [
  { group: 'work', label: null },
  { group: 'beheer', label: 'nav.beheer' },
];

export const NAVIGATION: readonly NavEntry[] = [
  { path: '/', label: 'nav.home', icon: HomeOutlined, group: 'work' },
  { path: '/casussen', label: 'nav.cases', icon: FolderSharedOutlined, group: 'work', channel: 'search:query' },
  { path: '/overleggen', label: 'nav.meetings', icon: Diversity3Outlined, group: 'work', channel: 'meetings:list' },
  {
    path: '/acties',
    label: 'nav.actions',
    icon: AssignmentTurnedInOutlined,
    group: 'work',
    channel: 'meetings:actions',
  },
  { path: '/convenant', label: 'nav.convenant', icon: MenuBookOutlined, group: 'work', channel: 'convenant:get' },
  { path: '/cijfers', label: 'figures.nav', icon: InsertChartOutlined, group: 'work', channel: 'figures:dashboard' },
  {
    path: '/evaluaties',
    label: 'evaluations.nav',
    icon: FactCheckOutlined,
    group: 'work',
    channel: 'evaluations:rounds',
  },
  {
    path: '/mentorproject',
    label: 'mentoring.nav',
    icon: HandshakeOutlined,
    group: 'work',
    channel: 'mentoring:dashboard',
  },
  { path: '/experts', label: 'experts.nav', icon: AccountBalanceOutlined, group: 'work', channel: 'experts:overview' },
  {
    path: '/beheer/accounts',
    label: 'nav.accounts',
    icon: ManageAccountsOutlined,
    group: 'beheer',
    channel: 'accounts:list',
  },
  { path: '/beheer/auditlog', label: 'nav.audit', icon: HistoryEduOutlined, group: 'beheer', channel: 'audit:query' },
  { path: '/beheer/back-up', label: 'nav.backup', icon: SaveOutlined, group: 'beheer', channel: 'backup:create' },
  { path: '/beheer/beleid', label: 'nav.policy', icon: PolicyOutlined, group: 'beheer', channel: 'policy:get' },
  {
    path: '/beheer/bewaartermijn',
    label: 'retention.nav',
    icon: DeleteSweepOutlined,
    group: 'beheer',
    channel: 'retention:due',
  },
  { path: '/beheer/keuzelijsten', label: 'lists.nav', icon: ListAltOutlined, group: 'beheer', channel: 'lists:save' },
  {
    path: '/beheer/convenant',
    label: 'nav.convenantBeheer',
    icon: GavelOutlined,
    group: 'beheer',
    channel: 'convenant:import',
  },
];

export function visibleNavigation(user: Caller | null): NavEntry[] {
  return NAVIGATION.filter((entry) => !entry.channel || canUse(entry.channel, user));
}

/** The entry is the current page, or the page the current one belongs to (e.g. its print view). */
export function isCurrent(entry: NavEntry, pathname: string): boolean {
  return pathname === entry.path || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`));
}
