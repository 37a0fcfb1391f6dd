/**
 * Web unit tests run in jsdom. ts-jest compiles to CommonJS here (the app itself is bundled by
 * Vite), which lets React, MUI and Apollo load through their CommonJS builds without ESM flags.
 */
export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/jest.setup.ts'],
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
