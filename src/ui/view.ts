/*
 * What a view gets: the parts of the machine's snapshot it reads, a way to send events,
 * and the language (for numbers, durations and country names; texts come from msg()).
 * Views never hold state of their own: everything on screen follows from these.
 */
import type { TemplateResult } from 'lit';
import type { AnyActorRef } from 'xstate';
import type { Locale } from '../i18n/locale-controller.js';
import type { StepsContext } from '../steps/steps.setup.js';
import type { LoginContext, LoginEvent } from '../shell/types.js';

/** What views read of a machine's context: the shell's, or the steps' on their screens. */
export type ViewContext = Partial<LoginContext> & Partial<StepsContext> & Pick<LoginContext, 'fields' | 'now' | 'errorSeq'>;

/** The machine's snapshot as the views read it: the shell's, or the running steps' (screenOf in src/shell/children.ts). */
export interface ViewSnapshot {
  value: string | Record<string, unknown>;
  context: ViewContext;
  hasTag(tag: 'busy' | 'blocked'): boolean;
  /** Whether the machine is in this state, e.g. `{ code: 'locked' }`. */
  matches(state: Record<string, string>): boolean;
  /** The flows running as children (src/shell/children.ts), whose snapshots their views read. */
  children: Partial<Record<string, AnyActorRef | undefined>>;
}

export type Send = (event: LoginEvent) => void;

export type View = (snapshot: ViewSnapshot, send: Send, locale: Locale) => TemplateResult;

/** The top-level state: the screen the widget shows. */
export function stepOf(snapshot: Pick<ViewSnapshot, 'value'>): string {
  const { value } = snapshot;
  return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
}

/** Seconds left until `at` by the machine's clock, never below zero. */
export function secondsUntil(at: number | undefined, now: number): number {
  return at === undefined ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}
