// The pages of the application, merged from the features' routes the way src-shared/ipc/contract.ts
// merges the channels. A feature adds a page to its own routes.ts; nothing here names a page. Each
// page there is a chunk of its own (onDemand), so this table holds no page's code.
import { accountRoutes } from '../features/accounts/routes';
import { auditRoutes } from '../features/audit/routes';
import { backupRoutes } from '../features/backup/routes';
import { caseRoutes } from '../features/cases/routes';
import { convenantRoutes } from '../features/convenant/routes';
import { evaluationRoutes } from '../features/evaluations/routes';
import { expertRoutes } from '../features/experts/routes';
import { figureRoutes } from '../features/figures/routes';
import { listRoutes } from '../features/lists/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { mentoringRoutes } from '../features/mentoring/routes';
import { policyRoutes } from '../features/policy/routes';
import { retentionRoutes } from '../features/retention/routes';
import { rightsRoutes } from '../features/rights/routes';
import { searchRoutes } from '../features/search/routes';
import { signalRoutes } from '../features/signals/routes';
import { trajectoryRoutes } from '../features/trajectories/routes';
import { workRoutes } from '../features/work/routes';
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
