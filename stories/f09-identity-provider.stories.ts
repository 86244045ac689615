import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F9 (Nokas): a button per identity provider; the backend hands the redirect. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F9 Identity provider', args: { tenant: 'nokas' } });

/** On the way to the provider (held here by a slow mock, so the story stays on this page). */
export const Redirecting = meta.story(at('F9.redirecting'));

/** Back from the provider with an error (`?nl-idp=error&nl-idp-error=idp_failed`). */
export const ReturnedWithError = meta.story(at('F9.returnedWithError'));
