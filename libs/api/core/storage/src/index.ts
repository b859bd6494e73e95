export * from './file-storage';
export * from './file-type';
export * from './s3-file-storage';
export * from './storage.module';
export * from './stored-file.object';
