export * from './ocds-file-format';
export * from './ocds-file-reader';
export * from './ocds-merge';
export * from './ocds-release-validator';
