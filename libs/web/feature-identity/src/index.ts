export * from './routes';
export * from './session/account-menu';
export * from './session/identity-navigation';
