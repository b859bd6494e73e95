// What apps/api and tests outside the feature use; nothing else.
export * from './insight.module';
