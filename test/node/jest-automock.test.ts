// `jest.mock('plume')` with no factory: Jest replaces the module with a mock
// built from its metadata (jest-mock's getMetadata and generateFromMetadata,
// the two calls Jest's runtime makes), reading what require('plume') gives.
// Functions become mock functions; constants, HttpStatusCode's codes among
// them, keep their values, as they do for axios.
import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { ModuleMocker } from 'jest-mock';

const require = createRequire(import.meta.url);

describe('an automock of the package', () => {
  const mocker = new ModuleMocker(globalThis);
  const automock = (exports: any) => mocker.generateFromMetadata(mocker.getMetadata(exports)!) as any;

  test('keeps HttpStatusCode, and mocks the methods', async () => {
    const mock = automock(require('plume'));
    expect(mock.HttpStatusCode.NotFound).toBe(404);
    expect(mock.HttpStatusCode[404]).toBe('NotFound');
    expect(mocker.isMockFunction(mock.get)).toBe(true);
    expect(mocker.isMockFunction(mock.create)).toBe(true);
    expect(mock.default.HttpStatusCode.Ok).toBe(200);
    // As docs/guide/testing.md shows it used.
    mock.get.mockResolvedValue({ data: [{ id: 1 }] });
    await expect(mock.get('/users')).resolves.toEqual({ data: [{ id: 1 }] });
  });

  test('as it does for axios', () => {
    const mock = automock(require('axios-reference'));
    expect(mock.HttpStatusCode.NotFound).toBe(404);
    expect(mocker.isMockFunction(mock.get)).toBe(true);
  });
});
