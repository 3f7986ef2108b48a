import { expect } from 'chai';
describe('toolchain', () => {
  it('runs TypeScript tests through tsx', () => {
    const n: number = 1 + 1;
    expect(n).to.equal(2);
  });
});
