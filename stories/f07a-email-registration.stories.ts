import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F7a (Mina sidor): customer number + personal identity number + e-mail -> confirmation mail. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F7a E-mail registration', args: { tenant: 'minasidor' } });

export const Form = meta.story(at('F7a.form'));

export const CheckInbox = meta.story(at('F7a.checkInbox'));

/** Eva Lund has an e-mail on file: changing it is not self-service; customer service is. */
export const AlreadyRegistered = meta.story(at('F7a.contactSupport'));

/** The confirmation link opened: the first password is chosen right away. */
export const ChoosePasswordFromLink = meta.story(at('F7a.setPasswordFromLink'));
