import 'reflect-metadata';

describe('toolchain', () => {
  it('runs TypeScript tests on Node 24', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
