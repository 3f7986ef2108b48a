import { expect } from 'chai';
import { chooseBase, type Git } from '../../../scripts/gate.ts';

/** A fake git that knows some refs. */
function git(refs: Record<string, string>): Git {
  return (args) => {
    const spec = args[args.length - 1]!.replace(/\^\{commit\}$/, '');
    return refs[spec];
  };
}

describe('npm run gate: choosing the base', () => {
  it('uses origin/main when it is not the commit being checked', () => {
    expect(chooseBase(git({ HEAD: 'b', 'origin/main': 'a', 'HEAD~1': 'a' }), {})).to.deep.equal({
      ref: 'origin/main',
      why: 'origin/main',
    });
  });

  it('uses HEAD~1 on main itself (origin/main is HEAD)', () => {
    expect(chooseBase(git({ HEAD: 'b', 'origin/main': 'b', 'HEAD~1': 'a' }), {})).to.deep.equal({
      ref: 'HEAD~1',
      why: 'HEAD is origin/main, so the previous commit',
    });
  });

  it('uses HEAD~1 without a remote', () => {
    expect(chooseBase(git({ HEAD: 'b', 'HEAD~1': 'a' }), {})).to.deep.equal({
      ref: 'HEAD~1',
      why: 'no origin/main, so the previous commit',
    });
  });

  it('prefers the pull request base on GitHub Actions, then an explicit ref', () => {
    const refs = git({ HEAD: 'c', 'origin/main': 'a', 'origin/release': 'b', 'HEAD~1': 'a', v1: 'x' });
    expect(chooseBase(refs, { GITHUB_BASE_REF: 'release' })).to.deep.equal({
      ref: 'origin/release',
      why: 'the pull request base',
    });
    expect(chooseBase(refs, { GITHUB_BASE_REF: 'release', CONTRACT_KIT_BASE_REF: 'v1' })).to.deep.equal({
      ref: 'v1',
      why: 'CONTRACT_KIT_BASE_REF',
    });
    expect(chooseBase(refs, { CONTRACT_KIT_BASE_REF: 'v9' })).to.deep.equal({
      error: 'CONTRACT_KIT_BASE_REF=v9 is not a commit here; fetch it first',
    });
  });

  it('says what to do when there is no history', () => {
    const choice = chooseBase(git({ HEAD: 'a' }), {});
    expect(choice)
      .to.have.property('error')
      .that.matches(/fetch-depth: 0/);
  });
});
