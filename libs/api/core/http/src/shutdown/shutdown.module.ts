import { Global, Module } from '@nestjs/common';

import { GracefulShutdown } from './graceful-shutdown';

/** GracefulShutdown for every module: health reads whether the process is draining. */
@Global()
@Module({ providers: [GracefulShutdown], exports: [GracefulShutdown] })
export class ShutdownModule {}
