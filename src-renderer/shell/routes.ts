// The pages of the application, merged from the features' routes the way src-shared/ipc/contract.ts
// merges the channels. A feature adds a page to its own index; nothing here names a page.
import { accountRoutes } from '../features/accounts';
import { auditRoutes } from '../features/audit';
import { backupRoutes } from '../features/backup';
import { caseRoutes } from '../features/cases';
import { convenantRoutes } from '../features/convenant';
import { evaluationRoutes } from '../features/evaluations';
import { expertRoutes } from '../features/experts';
import { figureRoutes } from '../features/figures';
import { listRoutes } from '../features/lists';
import { meetingRoutes } from '../features/meetings';
import { mentoringRoutes } from '../features/mentoring';
import { policyRoutes } from '../features/policy';
import { retentionRoutes } from '../features/retention';
import { rightsRoutes } from '../features/rights';
import { searchRoutes } from '../features/search';
import { signalRoutes } from '../features/signals';
import { trajectoryRoutes } from '../features/trajectories';
import { workRoutes } from '../features/work';
import type { PageRoute } from '../kit/routes';

export const ROUTES: readonly PageRoute[] = [
  ...workRoutes,
  ...accountRoutes,
  ...auditRoutes,
  ...backupRoutes,
  ...policyRoutes,
  ...listRoutes,
  ...signalRoutes,
  ...caseRoutes,
  ...searchRoutes,
  ...figureRoutes,
  ...retentionRoutes,
  ...rightsRoutes,
  ...meetingRoutes,
  ...convenantRoutes,
  ...evaluationRoutes,
  ...mentoringRoutes,
  ...trajectoryRoutes,
  ...expertRoutes,
];

/** The start page: '/', and where an unknown address leads. */
export const HOME = ROUTES.find((route) => route.path === '/')!;
