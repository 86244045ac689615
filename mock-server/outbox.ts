/** Every e-mail and SMS the mock "sends": kept per store, listed at GET <base>/__mock/outbox. */
export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
  /** The one-time code, when the message carries one. */
  code?: string;
  /** The link, when the message carries one (points at the widget page with ?nl-link=). */
  link?: string;
  /** ISO time on the mock clock. */
  sentAt: string;
}

export type OutboxListener = (message: OutboxMessage) => void;

export class Outbox {
  readonly messages: OutboxMessage[] = [];
  private counter = 0;

  constructor(private readonly listener?: OutboxListener) {}

  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>, now: number): OutboxMessage {
    this.counter += 1;
    const full: OutboxMessage = { id: `msg-${this.counter}`, ...message, sentAt: new Date(now).toISOString() };
    this.messages.push(full);
    if (this.messages.length > 500) this.messages.shift();
    this.listener?.(full);
    return full;
  }

  clear(): void {
    this.messages.length = 0;
  }
}

/** A readable one-message block for the terminal. */
export function formatMessage(message: OutboxMessage, where = ''): string {
  const head = `${message.channel === 'email' ? '✉  e-mail' : '📱 SMS'} to ${message.to}${where ? ` (${where})` : ''}`;
  const lines = [head];
  if (message.channel === 'email') lines.push(`   subject: ${message.subject}`);
  lines.push(...message.text.split('\n').map((line) => `   ${line}`));
  if (message.code) lines.push(`   code: ${message.code}`);
  if (message.link) lines.push(`   link: ${message.link}`);
  return lines.join('\n');
}
