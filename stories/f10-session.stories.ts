import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F10 and the widget's own states: loading, unavailable, signed in on arrival, signing out. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F10 Session' });

/** Boot: configuration and session on their way (held here by a slow mock). */
export const Loading = meta.story(at('F10.loading'));

/** The configuration could not load; "try again". */
export const Unavailable = meta.story(at('F10.unavailable'));

/** A session exists when the page loads: the user's name and "sign out". */
export const SignedInOnArrival = meta.story(at('F10.signedInOnArrival'));

export const SigningOut = meta.story(at('F10.signingOut'));

/** Signed out: back at sign-in, also where the portal asks "existing or new customer" first (demo does). */
export const SignedOut = meta.story(at('F10.signedOut'));
