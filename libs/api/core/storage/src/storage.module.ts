import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Global, Module } from '@nestjs/common';

import { FileStorage, LocalFileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';

/** File storage for attachments and shared documents: a folder, or an S3-compatible bucket. */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStorage =>
        config.storage.s3 ? new S3FileStorage(config.storage.s3) : new LocalFileStorage(config),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
