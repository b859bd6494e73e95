export * from './data-source-options';
export * from './database.module';
export * from './migration-generator';
export * from './migration-lock';
export * from './snake-naming.strategy';
export * from './unique-violation';
