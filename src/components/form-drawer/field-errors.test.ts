import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { fieldErrorsFrom, splitApiPath } from './field-errors';

const apiError = (details: { path: string; message: string }[]) =>
  new ApiError({ status: 400, message: 'Invalid input', requestId: 'req-1', details });

describe('splitApiPath', () => {
  it('drops the location and splits on / or .', () => {
    expect(splitApiPath('body/name')).toEqual(['name']);
    expect(splitApiPath('/body/glance/name')).toEqual(['glance', 'name']);
    expect(splitApiPath('body.networks.0.uuid')).toEqual(['networks', 0, 'uuid']);
    expect(splitApiPath('name')).toEqual(['name']);
    expect(splitApiPath('body')).toEqual(['body']);
  });
});

describe('fieldErrorsFrom', () => {
  it('maps body paths onto top-level and nested fields', () => {
    const result = fieldErrorsFrom(
      apiError([
        { path: 'body/name', message: 'Name already exists' },
        { path: 'body/glance/disk_format', message: 'Unsupported format' },
      ]),
      ['name', ['glance', 'disk_format']],
    );
    expect(result.fields).toEqual([
      { name: ['name'], errors: ['Name already exists'] },
      { name: ['glance', 'disk_format'], errors: ['Unsupported format'] },
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('falls back to the shortest tail for flatter forms', () => {
    const result = fieldErrorsFrom(apiError([{ path: 'body/glance/name', message: 'Too long' }]), [
      'name',
      'description',
    ]);
    expect(result.fields).toEqual([{ name: ['name'], errors: ['Too long'] }]);
  });

  it('prefers the full path over a tail', () => {
    const result = fieldErrorsFrom(apiError([{ path: 'body/glance/name', message: 'x' }]), [
      'name',
      ['glance', 'name'],
    ]);
    expect(result.fields[0]?.name).toEqual(['glance', 'name']);
  });

  it('groups several messages per field and dedupes them', () => {
    const result = fieldErrorsFrom(
      apiError([
        { path: 'body/name', message: 'Too long' },
        { path: 'body/name', message: 'Bad character' },
        { path: 'body/name', message: 'Too long' },
      ]),
      ['name'],
    );
    expect(result.fields).toEqual([{ name: ['name'], errors: ['Too long', 'Bad character'] }]);
  });

  it('returns details that match no field, and uses aliases for renamed fields', () => {
    const result = fieldErrorsFrom(
      apiError([
        { path: 'body/min_disk', message: 'Must be >= 0' },
        { path: 'query/project_id', message: 'Unknown project' },
      ]),
      ['minDisk'],
      { 'body/min_disk': 'minDisk' },
    );
    expect(result.fields).toEqual([{ name: ['minDisk'], errors: ['Must be >= 0'] }]);
    expect(result.unmatched).toEqual([{ path: 'query/project_id', message: 'Unknown project' }]);
  });

  it('matches list items by index', () => {
    const result = fieldErrorsFrom(
      apiError([{ path: 'body/networks/1/uuid', message: 'Not found' }]),
      [
        ['networks', 0, 'uuid'],
        ['networks', 1, 'uuid'],
      ],
    );
    expect(result.fields).toEqual([{ name: ['networks', 1, 'uuid'], errors: ['Not found'] }]);
  });

  it('gives nothing for errors that are not ApiErrors', () => {
    expect(fieldErrorsFrom(new Error('x'), ['name'])).toEqual({ fields: [], unmatched: [] });
  });
});
