/*
 * Only the language a widget shows is downloaded (this file runs in a page of its own,
 * so no other test has loaded a catalogue before).
 */
import { expect, html } from '@open-wc/testing';
import { mount as fixture } from './mount.js';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/i18n/locale-controller.js';

class OnDemandProbe extends LitElement {
  readonly i18n = new LocaleController(this);
}
customElements.define('on-demand-probe', OnDemandProbe);

const fetched = (locale: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/generated/${locale}`)).length;

describe('catalogues on demand', () => {
  it('downloads only the language shown, once for every widget on the page', async () => {
    expect(fetched('sv') + fetched('da') + fetched('fi') + fetched('nb'), 'nothing before a widget asks').to.equal(0);
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <on-demand-probe lang="sv"></on-demand-probe><on-demand-probe lang="sv-FI"></on-demand-probe>
    </div>`);
    const probes = [...wrap.querySelectorAll<OnDemandProbe>('on-demand-probe')];
    await Promise.all(probes.map((p) => p.i18n.ready));
    expect(probes.map((p) => p.i18n.locale)).to.deep.equal(['sv', 'sv']);
    expect(probes[0]!.i18n.templates).to.equal(probes[1]!.i18n.templates);
    expect(fetched('sv')).to.equal(1);
    expect(fetched('da') + fetched('fi') + fetched('nb'), 'no other language').to.equal(0);
  });
});
