import type { RouteObject } from 'react-router';

import { EditExperiencePage } from './pages/edit-experience-page';
import { ExperiencePage } from './pages/experience-page';
import { ModerationPage } from './pages/moderation-page';
import { MyCouncilExperiencesPage } from './pages/my-council-experiences-page';
import { NewExperiencePage } from './pages/new-experience-page';
import { NewSupplierPage } from './pages/new-supplier-page';
import { SupplierPage } from './pages/supplier-page';
import { SuppliersPage } from './pages/suppliers-page';

/** Every supplier page, for the app's router. */
export const supplierRoutes: RouteObject[] = [
  { path: 'suppliers', element: <SuppliersPage /> },
  { path: 'suppliers/new', element: <NewSupplierPage /> },
  { path: 'suppliers/my-council', element: <MyCouncilExperiencesPage /> },
  { path: 'suppliers/moderation', element: <ModerationPage /> },
  { path: 'suppliers/:id', element: <SupplierPage /> },
  { path: 'supplier-experiences/new', element: <NewExperiencePage /> },
  { path: 'supplier-experiences/:id', element: <ExperiencePage /> },
  { path: 'supplier-experiences/:id/edit', element: <EditExperiencePage /> },
];
