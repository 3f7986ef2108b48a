import { expect } from 'chai';
import { covers, parseMediaType, relation, sameEssence } from '../../../versioning/rules/media-type-names.ts';

describe('rules: media type names', () => {
  it('parses type, subtype, structured suffix and essence, ignoring parameters and case', () => {
    expect(parseMediaType('Application/Problem+JSON; charset=utf-8')).to.deep.equal({
      type: 'application',
      subtype: 'problem',
      suffix: 'json',
      essence: 'application/problem+json',
    });
    expect(parseMediaType('application/json')?.suffix).to.equal('');
    expect(parseMediaType('json')).to.equal(undefined);
    expect(parseMediaType('application/')).to.equal(undefined);
  });

  it('covers: wildcards, structured-syntax bases, same essence; never the other way round', () => {
    expect(covers('*/*', 'application/json')).to.equal(true);
    expect(covers('*/*', 'application/*')).to.equal(true);
    expect(covers('application/*', 'application/json')).to.equal(true);
    expect(covers('application/*', 'text/plain')).to.equal(false);
    expect(covers('application/json', 'application/problem+json')).to.equal(true);
    expect(covers('application/json', 'application/vnd.api+json; charset=utf-8')).to.equal(true);
    expect(covers('application/problem+json', 'application/json')).to.equal(false);
    expect(covers('application/json', 'application/*')).to.equal(false);
    expect(covers('application/json', 'application/xml')).to.equal(false);
    expect(covers('application/json', 'text/json')).to.equal(false);
    expect(covers('application/json; charset=utf-8', 'application/json')).to.equal(true);
  });

  it('relation of a successor to its predecessor', () => {
    expect(relation('application/json', 'Application/JSON')).to.equal('same');
    expect(relation('application/json;charset=utf-8', 'application/json; charset=utf-8')).to.equal('same');
    expect(relation('application/json', 'application/json; charset=utf-8')).to.equal('parameters');
    expect(relation('application/json', 'application/*')).to.equal('broader');
    expect(relation('*/*', 'application/json')).to.equal('narrower');
    expect(relation('application/json', 'application/problem+json')).to.equal('narrower');
    expect(relation('application/json', 'application/xml')).to.equal('unrelated');
    expect(sameEssence('text/plain; charset=utf-8', 'TEXT/PLAIN')).to.equal(true);
  });
});
