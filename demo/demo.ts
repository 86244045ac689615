/*
 * The demo page: the widget against the mock backend (at /api, served by `npm start`),
 * with pickers that set its attributes the way an integrator would, and beside it what a
 * first visit needs: the portal's demo customers and their password, the last code or
 * link the mock "sent", and a log of the events the widget dispatches. The choices live
 * in the address (?tenant=&lang=&theme=), so a mailed link (which points at the page that
 * asked for it) or an identity provider's return lands on the same portal.
 */
import '../src/index.js';
import { DEMO_PASSWORD } from '../mock-server/seed.js';
import { customersOf, PORTALS } from './customers.js';

interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  code?: string;
  link?: string;
  sentAt: string;
}

const API = '/api';
const widget = document.querySelector('nordic-login')!;
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
};

// ---------------------------------------------------------------------------------------
// Pickers: portal, language, theme.

const tenantSelect = $<HTMLSelectElement>('#tenant');
for (const portal of PORTALS) tenantSelect.append(new Option(portal.id === 'demo' ? `${portal.name} (everything on)` : portal.name, portal.id));

const pickers = { tenant: 'minasidor', lang: 'en', theme: 'auto' } as const;
type Picker = keyof typeof pickers;
const params = new URLSearchParams(location.search);
const address = new URL(location.href);

for (const name of Object.keys(pickers) as Picker[]) {
  const select = $<HTMLSelectElement>(`#${name}`);
  select.value = params.get(name) ?? pickers[name];
  if (select.selectedIndex < 0) select.value = pickers[name];
  apply(name, select.value);
  // Every choice in the address from the start: a mailed link comes back to this portal.
  address.searchParams.set(name, select.value);
  select.addEventListener('change', () => {
    apply(name, select.value);
    const url = new URL(location.href);
    url.searchParams.set(name, select.value);
    history.replaceState(history.state, '', url.href);
  });
}
history.replaceState(history.state, '', address.href);

function apply(name: Picker, value: string): void {
  widget.setAttribute(name, value);
  if (name === 'theme') document.documentElement.dataset['theme'] = value;
  if (name === 'tenant') showCustomers(value);
}

// ---------------------------------------------------------------------------------------
// The demo customers of the chosen portal, and their password.

$('#password').textContent = DEMO_PASSWORD;

function showCustomers(tenant: string): void {
  const rows = customersOf(tenant).map((customer) => {
    const row = element('tr');
    row.append(element('td', customer.name));
    const cell = element('td');
    cell.append(element('code', customer.identifier));
    row.append(cell, element('td', customer.tryThis));
    return row;
  });
  $('#customers').replaceChildren(...rows);
  $('#customers-title').textContent = `Demo customers of ${PORTALS.find((p) => p.id === tenant)?.name ?? tenant}`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
  button.addEventListener('click', () => {
    const text = document.getElementById(button.dataset['copyFrom'] ?? '')?.textContent ?? '';
    void navigator.clipboard?.writeText(text).then(() => {
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = 'Copy'), 1500);
    });
  });
}

// ---------------------------------------------------------------------------------------
// The last mail or SMS the mock sent: its code, or its link (which lands on this page).

let shown: string | undefined;

async function refreshOutbox(): Promise<void> {
  let messages: OutboxMessage[];
  try {
    const response = await fetch(`${API}/__mock/outbox`);
    if (!response.ok) return;
    messages = (await response.json()) as OutboxMessage[];
  } catch {
    return;
  }
  const last = messages.at(-1);
  if (last?.id === shown) return;
  shown = last?.id;
  const box = $('#outbox');
  if (!last) {
    box.replaceChildren(element('p', 'Nothing yet: codes and links appear here.', 'muted'));
    return;
  }
  const what = last.channel === 'sms' ? `SMS to ${last.to}` : `E-mail to ${last.to}: “${last.subject}”`;
  const at = new Date(last.sentAt).toLocaleTimeString();
  const parts: Element[] = [element('p', `${what}, ${at}`)];
  if (last.code) {
    const code = element('p', undefined, 'code');
    code.append('Code ', element('strong', last.code));
    parts.push(code);
  }
  if (last.link) {
    const link = element('a', 'Open the link in this tab');
    link.href = last.link;
    const p = element('p', undefined, 'link');
    p.append(link);
    parts.push(p, element('p', last.link, 'muted url'));
  }
  box.replaceChildren(...parts);
}

void refreshOutbox();
setInterval(() => {
  if (document.visibilityState === 'visible') void refreshOutbox();
}, 2000);

$('#reset').addEventListener('click', async () => {
  await fetch(`${API}/__mock/reset`, { method: 'POST' });
  shown = undefined;
  await refreshOutbox();
  widget.reset();
  record('mock started afresh');
});

// ---------------------------------------------------------------------------------------
// The events the widget dispatches, newest first.

const log = $('#log');
function record(text: string): void {
  const item = element('li', `${new Date().toLocaleTimeString()} ${text}`);
  log.prepend(item);
}
widget.addEventListener('nl-signed-in', (event) => record(`nl-signed-in: ${event.user.displayName}`));
widget.addEventListener('nl-signed-out', () => record('nl-signed-out'));
widget.addEventListener('nl-step-change', (event) => {
  record(`nl-step-change: ${event.step}`);
  void refreshOutbox();
});
widget.addEventListener('nl-error', (event) => record(`nl-error: ${event.code}`));
widget.addEventListener('nl-navigate', (event) => record(`nl-navigate: ${event.url}`));
