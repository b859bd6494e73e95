import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { FieldProblem } from './component.rules';

export const invalidComponent = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    fields: problems,
  });

export const componentNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That component was not found. It may have been removed, or not be published yet.',
  );

export const alreadyInCatalogue = (name: string, maintainers: string) =>
  new UserFacingError(
    'COMPONENT_EXISTS',
    `"${name}" is already in the catalogue, maintained by ${maintainers}. Only their editors can re-import it; you can record that your council uses it instead.`,
  );

/** Only a published component claims its repository, so only a published one is ever named. */
export const alreadyPublished = (name: string, maintainers: string) =>
  new UserFacingError(
    'COMPONENT_EXISTS',
    `"${name}" is already in the catalogue for this repository, maintained by ${maintainers}. Only one component per repository is published; you can record that your council uses it instead.`,
  );

export const badComponentTransition = (message: string) =>
  new UserFacingError('BAD_TRANSITION', message);

export const notAdoptable = () =>
  new UserFacingError(
    'NOT_PUBLISHED',
    'Only published components can be recorded as used. Publish it first.',
  );

export const urlRefused = (message: string) => new UserFacingError('URL_NOT_ALLOWED', message);

export const urlFetchFailed = (code: string, message: string) =>
  new UserFacingError(code, `The publiccode.yml could not be fetched: ${message}.`);

export const importInputMissing = () =>
  new UserFacingError(
    ERROR_CODES.BAD_USER_INPUT,
    'Paste the publiccode.yml or choose a file to upload (one of them, not both).',
    { fields: [{ field: 'content', message: 'Paste the publiccode.yml or choose a file' }] },
  );

export const coMaintainerInvitationNotFound = () =>
  new UserFacingError(
    'INVITATION_NOT_FOUND',
    'There is no open invitation for your council to maintain this component. It may have been withdrawn or answered already.',
  );

export const notACoMaintainer = () =>
  new UserFacingError(
    'NOT_A_CO_MAINTAINER',
    'Your council does not maintain this component, so there is nothing to leave.',
  );

export const lastMaintainer = () =>
  new UserFacingError(
    'LAST_MAINTAINER',
    'Your council is the only one maintaining this component, so it cannot leave. Invite another council to maintain it first, or unpublish it.',
  );
