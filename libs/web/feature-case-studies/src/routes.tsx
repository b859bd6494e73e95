import type { RouteObject } from 'react-router';

import { AppraisalMethodPage } from './pages/appraisal-method-page';
import { CaseStudiesPage } from './pages/case-studies-page';
import { CaseStudyPage } from './pages/case-study-page';
import { DiffPage } from './pages/diff-page';
import { EditCaseStudyPage } from './pages/edit-case-study-page';
import { NewCaseStudyPage } from './pages/new-case-study-page';
import { RevisionsPage } from './pages/revisions-page';

/** Every case study page, for the app's router. */
export const caseStudyRoutes: RouteObject[] = [
  { path: 'case-studies', element: <CaseStudiesPage /> },
  { path: 'case-studies/new', element: <NewCaseStudyPage /> },
  { path: 'case-studies/:id', element: <CaseStudyPage /> },
  { path: 'case-studies/:id/edit', element: <EditCaseStudyPage /> },
  { path: 'case-studies/:id/history', element: <RevisionsPage /> },
  { path: 'case-studies/:id/history/:version', element: <DiffPage /> },
  { path: 'appraisal-method', element: <AppraisalMethodPage /> },
];
