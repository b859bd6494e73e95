export * from './ocds-export.controller';
export * from './ocds-export.service';
export * from './ocds-release-package';
export * from './ocds-validator';
