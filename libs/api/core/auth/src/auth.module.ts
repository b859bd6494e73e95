import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessGuard } from './access.guard';
import { PolicyService } from './policy.service';

/** The access guard on every request and the policy service for object-level decisions. */
@Global()
@Module({
  providers: [PolicyService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [PolicyService],
})
export class AuthModule {}
