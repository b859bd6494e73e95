import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

export const contractNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'No public contract has that id. Check the OCDS id (it starts "ocds-"); the contract may not have been imported yet.',
  );

export const councilNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'No council in the register has that code. Use the code from the council’s page, e.g. DER for Derby.',
  );

export const supplierNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That supplier is not in the supplier directory. It may have been merged into another.',
  );
