import { StoredFileFields } from '@lgx/api/core/storage';
import { ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A file attached to a case study.' })
export class CaseStudyAttachment extends StoredFileFields {}
