import './support/env.ts';
import { expect } from 'chai';
import { pactSourceFromEnv, localPactFiles } from './support/verify.ts';

const fakeGit = { sha: () => '0123456789abcdef0123456789abcdef01234567', branch: () => 'feature/x' };

describe('provider verification: where pacts come from (environment)', () => {
  it('verifies the committed pacts/ files when PACT_BROKER_BASE_URL is unset', () => {
    const source = pactSourceFromEnv({}, fakeGit);
    expect(source).to.deep.equal({ kind: 'local', pactUrls: localPactFiles() });
    expect(localPactFiles().some((f) => f.endsWith('ServiceA-ServiceB.json'))).to.equal(true);
  });

  it(
    'uses the broker with main-branch and deployed/released selectors and ' +
      'pending pacts, without publishing outside CI',
    () => {
      const source = pactSourceFromEnv(
        { PACT_BROKER_BASE_URL: 'https://broker.example.test', PACT_BROKER_TOKEN: 't0k' },
        fakeGit,
      );
      expect(source.kind).to.equal('broker');
      if (source.kind !== 'broker') return;
      expect(source.options.pactBrokerUrl).to.equal('https://broker.example.test');
      expect(source.options.pactBrokerToken).to.equal('t0k');
      expect(source.options.consumerVersionSelectors).to.deep.include({ mainBranch: true });
      expect(source.options.consumerVersionSelectors).to.deep.include({ deployedOrReleased: true });
      expect(source.options.enablePending).to.equal(true);
      expect(source.options.publishVerificationResult).to.equal(false);
    },
  );

  it('publishes results only when CI=true, as provider version = git SHA on the git branch', () => {
    const source = pactSourceFromEnv(
      {
        PACT_BROKER_BASE_URL: 'https://broker.example.test',
        CI: 'true',
        PACT_BROKER_USERNAME: 'u',
        PACT_BROKER_PASSWORD: 'p',
      },
      fakeGit,
    );
    if (source.kind !== 'broker') throw new Error('expected broker mode');
    expect(source.options.publishVerificationResult).to.equal(true);
    expect(source.options.providerVersion).to.equal(fakeGit.sha());
    expect(source.options.providerVersionBranch).to.equal('feature/x');
    expect(source.options.pactBrokerUsername).to.equal('u');
    expect(source.options.pactBrokerPassword).to.equal('p');
    expect(source.options.pactBrokerToken).to.equal(undefined);
  });

  it("prefers the CI system's commit and branch variables over asking git", () => {
    const source = pactSourceFromEnv(
      { PACT_BROKER_BASE_URL: 'https://b.example.test', CI: 'true', GITHUB_SHA: 'abc123', GITHUB_REF_NAME: 'main' },
      fakeGit,
    );
    if (source.kind !== 'broker') throw new Error('expected broker mode');
    expect(source.options.providerVersion).to.equal('abc123');
    expect(source.options.providerVersionBranch).to.equal('main');
  });

  it(
    'takes explicit PACT_PROVIDER_APP_VERSION / PACT_BRANCH first, and ' +
      'refuses a detached HEAD without PACT_BRANCH',
    () => {
      const source = pactSourceFromEnv(
        {
          PACT_BROKER_BASE_URL: 'https://b.example.test',
          PACT_PROVIDER_APP_VERSION: 'v-head',
          PACT_BRANCH: 'release',
          GITHUB_SHA: 'merge',
          GITHUB_REF_NAME: 'x',
        },
        fakeGit,
      );
      if (source.kind !== 'broker') throw new Error('expected broker mode');
      expect(source.options.providerVersion).to.equal('v-head');
      expect(source.options.providerVersionBranch).to.equal('release');
      expect(() =>
        pactSourceFromEnv(
          { PACT_BROKER_BASE_URL: 'https://b.example.test' },
          { sha: fakeGit.sha, branch: () => 'HEAD' },
        ),
      ).to.throw(/detached HEAD.*set PACT_BRANCH/);
    },
  );

  it('rejects a PACT_BROKER_BASE_URL that is not a URL with a one-line fix', () => {
    expect(() => pactSourceFromEnv({ PACT_BROKER_BASE_URL: 'not a url' }, fakeGit)).to.throw(
      /PACT_BROKER_BASE_URL=not a url is not a URL; set it like/,
    );
  });
});
