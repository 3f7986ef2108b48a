/** Example data shared by the consumer pact tests and the provider state handlers. */
export const ADA = {
  id: '6b1f3c7e-2d4a-4f8b-9c1e-5a7d3e9f1b20',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  createdAt: '2024-01-15T10:30:00.000Z',
  updatedAt: '2024-01-15T10:30:00.000Z',
} as const;

export const GRACE = { name: 'Grace Hopper', email: 'grace@example.com' } as const;

export const MISSING_USER_ID = '0d7c5f44-6a2e-4b9a-8f3d-2c1e9b7a6f50';

/** Example ETag recorded in the pact; the provider injects the real one through the provider state. */
export const EXAMPLE_ETAG = '"k3v9aQ1xZs0"';

export const CONSUMER = 'ServiceA';
export const PROVIDER = 'ServiceB';
export const PACT_FILE_NAME = `${CONSUMER}-${PROVIDER}.json`;
