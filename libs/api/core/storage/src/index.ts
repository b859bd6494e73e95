export * from './file-storage';
export * from './file-type';
export * from './storage.module';
export * from './s3-file-storage';
