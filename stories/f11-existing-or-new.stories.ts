import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F11 (Polar Kraft app): "I am a customer" / "I want to become one" (a tenant-given URL). */
const meta = preview.meta({
  ...widgetMeta,
  title: 'Flows/F11 Existing or new customer',
  args: { tenant: 'polarkraft' },
});

export const Welcome = meta.story(at('F11.welcome'));
