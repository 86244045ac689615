/*
 * Loaded twice on a page: the tag is defined once; a second copy of another version
 * warns, because only the first runs.
 */
import { expect } from '@open-wc/testing';
import { NordicLogin, defineNordicLogin } from '../../src/index.js';

const realWarn = console.warn;
let warnings: unknown[][] = [];
const captureWarnings = () => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
};
afterEach(() => {
  console.warn = realWarn;
});

describe('define', () => {
  it('importing the package defines <nordic-login>', () => {
    expect(customElements.get('nordic-login')).to.equal(NordicLogin);
  });

  it('defining the same copy again is skipped quietly', () => {
    captureWarnings();
    expect(() => defineNordicLogin()).not.to.throw();
    expect(customElements.get('nordic-login')).to.equal(NordicLogin);
    expect(warnings).to.have.length(0);
  });

  it('a different version already defined: the first stays, with a warning naming both versions', () => {
    class OlderCopy extends HTMLElement {
      static readonly version = '0.0.9';
    }
    customElements.define('nl-twice-a', OlderCopy);
    captureWarnings();
    defineNordicLogin('nl-twice-a');
    expect(customElements.get('nl-twice-a')).to.equal(OlderCopy);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('0.0.9').and.to.contain(NordicLogin.version);
  });

  it('another copy of the same version is skipped quietly', () => {
    class SameVersion extends HTMLElement {
      static readonly version = NordicLogin.version;
    }
    customElements.define('nl-twice-b', SameVersion);
    captureWarnings();
    defineNordicLogin('nl-twice-b');
    expect(warnings).to.have.length(0);
  });

  it('can define the element under a tag name of the page\'s choosing', () => {
    defineNordicLogin('my-portal-login');
    const Defined = customElements.get('my-portal-login')!;
    expect(new Defined()).to.be.instanceOf(NordicLogin);
  });
});
