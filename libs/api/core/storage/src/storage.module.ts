import { Global, Module } from '@nestjs/common';

import { FileStorage, LocalFileStorage } from './file-storage';

/** File storage for attachments and shared documents. */
@Global()
@Module({
  providers: [{ provide: FileStorage, useClass: LocalFileStorage }],
  exports: [FileStorage],
})
export class StorageModule {}
