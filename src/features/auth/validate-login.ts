export interface LoginValues {
  username: string;
  password: string;
  domain: string;
  /** Optional: empty means "list my projects". */
  project: string;
}

export type LoginErrors = Partial<Record<keyof LoginValues, string>>;

/**
 * The checks made before anything is sent. Username and domain must have more than whitespace; the
 * password is taken as typed (a password may be all spaces), so it only must not be empty.
 */
export function validateLogin(values: LoginValues, messages: Record<'username' | 'password' | 'domain', string>): LoginErrors {
  const errors: LoginErrors = {};
  if (!values.username.trim()) errors.username = messages.username;
  if (!values.password) errors.password = messages.password;
  if (!values.domain.trim()) errors.domain = messages.domain;
  return errors;
}
