import { Council } from '@lgx/api/core/councils';
import { Connection } from '@lgx/api/core/graphql';
import { ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CouncilConnection extends Connection(Council, 'Council') {}
