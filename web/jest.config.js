/**
 * Web unit tests run in jsdom. ts-jest compiles to CommonJS here (the app itself is bundled by
 * Vite), which lets React, MUI and Apollo load through their CommonJS builds without ESM flags.
 */
// Every web test runs west of UTC (set here, before the workers start, so it reaches them). The
// machines that run tests are mostly on UTC, where a day formatted in the wrong zone looks right;
// in Los Angeles an instant at 00:00 UTC is still the day before (components/dates.test.ts).
process.env.TZ = 'America/Los_Angeles';

export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // After the test framework: importing @testing-library/react there registers its cleanup
  // after each test (in setupFiles, before the framework, it cannot, and renders pile up).
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          esModuleInterop: true,
          isolatedModules: true,
          types: ['jest', 'node'],
        },
      },
    ],
  },
  // MUI icons and other packages resolve their CommonJS builds through the "require" condition.
  testEnvironmentOptions: { customExportConditions: ['require', 'default'] },
  maxWorkers: 2,
  // Interaction tests render MUI forms in jsdom; on a busy 2-core machine they need headroom.
  testTimeout: 30_000,
};
