import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CaseStudy } from './case-study.object';
import { CaseStudyAttachment } from './case-study-attachment.object';
import { CaseStudyAttachmentService } from './case-study-attachment.service';

/** A case study's files: listed here, uploaded and served by CaseStudyAttachmentController. */
@Resolver(() => CaseStudy)
export class CaseStudyAttachmentResolver {
  constructor(private readonly attachmentFiles: CaseStudyAttachmentService) {}

  @ResolveField(() => [CaseStudyAttachment], {
    description: 'Upload with POST /case-studies/:id/attachments.',
  })
  async attachments(
    @CurrentActor() actor: Actor,
    @Parent() study: CaseStudy,
  ): Promise<CaseStudyAttachment[]> {
    return (await this.attachmentFiles.list(actor, study.id)).map((file) => ({
      id: file.id,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      url: `/attachments/${file.id}/${file.filename}`,
    }));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean)
  async deleteCaseStudyAttachment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.attachmentFiles.remove(actor, id);
    return true;
  }
}
