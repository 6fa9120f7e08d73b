// What the login forms check before sending: required fields only (the service judges the rest).
// Pure, so the forms' rules are tested without a DOM.

export type Credentials = { username: string; password: string };

export type ValidationKey =
  'validation.usernameRequired' | 'validation.passwordRequired' | 'validation.tokenRequired';

export type PasswordErrors = { username: ValidationKey | null; password: ValidationKey | null };

/** Leading and trailing spaces in a username are typing slips; a password is sent as typed. */
export function checkCredentials(values: Credentials): PasswordErrors {
  return {
    username: values.username.trim() ? null : 'validation.usernameRequired',
    password: values.password ? null : 'validation.passwordRequired',
  };
}

/** The values to send, or null while a field is invalid. */
export function credentialsToSend(values: Credentials): Credentials | null {
  const errors = checkCredentials(values);
  return errors.username || errors.password
    ? null
    : { username: values.username.trim(), password: values.password };
}

/** The first field (in form order) that fails, which gets the focus after a refused submit. */
export function firstInvalidField(errors: PasswordErrors): keyof PasswordErrors | null {
  if (errors.username) return 'username';
  if (errors.password) return 'password';
  return null;
}

export function checkToken(token: string): ValidationKey | null {
  return token.trim() ? null : 'validation.tokenRequired';
}
