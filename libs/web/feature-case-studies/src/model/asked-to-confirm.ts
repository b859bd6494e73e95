import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { askedToConfirmAs } from '@lgx/web/util';

/** After a save: which councils are still asked to confirm they co-authored it, as a sentence. */
export const askedToConfirm = (
  study: Pick<CaseStudyDetailsFragment, 'coAuthorInvitations'>,
): string =>
  askedToConfirmAs(study.coAuthorInvitations, { one: 'a co-author', many: 'co-authors' });
