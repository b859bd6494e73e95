import type { RouteObject } from 'react-router';

import { DiffPage } from './history/diff-page';
import { RevisionsPage } from './history/revisions-page';
import { CaseStudyPage } from './reading/case-study-page';
import { EditCaseStudyPage } from './writing/edit-case-study-page';
import { NewCaseStudyPage } from './writing/new-case-study-page';

/** Every case study page, for the app's router. */
export const caseStudyRoutes: RouteObject[] = [
  { path: 'case-studies/new', element: <NewCaseStudyPage /> },
  { path: 'case-studies/:id', element: <CaseStudyPage /> },
  { path: 'case-studies/:id/edit', element: <EditCaseStudyPage /> },
  { path: 'case-studies/:id/history', element: <RevisionsPage /> },
  { path: 'case-studies/:id/history/:version', element: <DiffPage /> },
];
