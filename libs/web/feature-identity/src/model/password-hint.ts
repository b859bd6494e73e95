/** The hint for choosing a password: length, not composition (NIST SP 800-63B). */
export const NEW_PASSWORD_HINT =
  'Use 8 characters or more. Three random words make a strong password you can remember. Common passwords are not allowed.';
