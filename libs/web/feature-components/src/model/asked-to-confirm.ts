import type { ComponentDetailsFragment } from '@lgx/web/data-access';
import { askedToConfirmAs } from '@lgx/web/util';

/** After a save: which councils are still asked to confirm they maintain it, as a sentence. */
export const askedToConfirm = (
  component: Pick<ComponentDetailsFragment, 'coMaintainerInvitations'>,
): string =>
  askedToConfirmAs(component.coMaintainerInvitations, { one: 'a maintainer', many: 'maintainers' });
