import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { ConfigOverrides, NlSignedInEvent } from 'nordic-login';
import { NordicLoginDirective } from './nordic-login.directive';

/** The API's address, given at build time (angular.json `define`, or `ng build --define`). */
declare const API_BASE: string;

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [NordicLoginDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Mina sidor</h1>
      <p id="status" role="status">{{ status() }}</p>
      <nordic-login
        [apiBase]="apiBase"
        lang="sv"
        [configOverrides]="overrides"
        (nl-signed-in)="signedIn($event)"
        (nl-signed-out)="status.set('Utloggad')"
      ></nordic-login>
    </main>
  `,
})
export class AppComponent {
  readonly apiBase = API_BASE;
  readonly overrides: ConfigOverrides = { links: { newCustomer: '/bli-kund' } };
  readonly status = signal('');

  // `$event` is an NlSignedInEvent (typed by the directive); its data is also in `detail`.
  signedIn(event: NlSignedInEvent): void {
    this.status.set(`Inloggad som ${event.detail.user.displayName}`);
  }
}
