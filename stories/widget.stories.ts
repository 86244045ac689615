import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/**
 * `<nordic-login>`: one tag a portal drops into a page it already has. The table below is
 * read from the custom-elements manifest: attributes, properties, events, CSS parts and
 * the theme's CSS custom properties (try a brand with the controls).
 */
const meta = preview.meta({
  ...widgetMeta,
  title: 'Widget',
  tags: ['autodocs'],
});

/** The widget as a portal first shows it, with every control of the manifest. */
export const Playground = meta.story({
  parameters: { controls: { include: undefined } },
  ...at('start'),
});
