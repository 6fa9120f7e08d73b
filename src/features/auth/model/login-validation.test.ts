import { describe, expect, it } from 'vitest';
import {
  checkCredentials,
  checkToken,
  credentialsToSend,
  firstInvalidField,
} from './login-validation';

describe('login validation', () => {
  it('requires a username that is not only spaces and any password', () => {
    expect(checkCredentials({ username: '  ', password: '' })).toEqual({
      username: 'validation.usernameRequired',
      password: 'validation.passwordRequired',
    });
    expect(checkCredentials({ username: 'admin', password: ' ' })).toEqual({
      username: null,
      password: null,
    });
  });

  it('sends a trimmed username and the password as typed', () => {
    expect(credentialsToSend({ username: ' alice ', password: ' pw ' })).toEqual({
      username: 'alice',
      password: ' pw ',
    });
    expect(credentialsToSend({ username: 'alice', password: '' })).toBeNull();
  });

  it('focuses the first invalid field in form order', () => {
    expect(
      firstInvalidField({
        username: 'validation.usernameRequired',
        password: 'validation.passwordRequired',
      }),
    ).toBe('username');
    expect(firstInvalidField({ username: null, password: 'validation.passwordRequired' })).toBe(
      'password',
    );
    expect(firstInvalidField({ username: null, password: null })).toBeNull();
  });

  it('requires a token', () => {
    expect(checkToken(' ')).toBe('validation.tokenRequired');
    expect(checkToken('gAAAA')).toBeNull();
  });
});
