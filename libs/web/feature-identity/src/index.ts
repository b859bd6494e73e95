export * from './components/account-menu';
export * from './model/identity-navigation';
// The pages are a second entry point, @lgx/web/feature-identity/routes, loaded when first opened.
