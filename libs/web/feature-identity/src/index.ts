export * from './components/account-menu';
export * from './model/identity-navigation';
export * from './routes';
