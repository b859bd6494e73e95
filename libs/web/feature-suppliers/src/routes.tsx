import type { RouteObject } from 'react-router';

import { NewSupplierPage } from './directory/new-supplier-page';
import { SupplierPage } from './directory/supplier-page';
import { SuppliersPage } from './directory/suppliers-page';
import { EditExperiencePage } from './experiences/edit-experience-page';
import { ExperiencePage } from './experiences/experience-page';
import { MyCouncilExperiencesPage } from './experiences/my-council-page';
import { NewExperiencePage } from './experiences/new-experience-page';
import { ModerationPage } from './moderation/moderation-page';

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
