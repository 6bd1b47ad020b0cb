/** Unit tests sit beside the code; end-to-end tests live in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/helpers/fileStub.js',
  },
  testTimeout: 30000,
};
