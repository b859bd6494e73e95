export * from './components/breadcrumbs';
export * from './components/error-summary';
export * from './components/loading';
export * from './components/select';
export * from './components/summary-list';
export * from './components/text-input';
export * from './layout/page-layout';
export * from './layout/page-title';
