import { DEFAULT_MAX_ATTACHMENT_BYTES } from '@internal/plugin-devzero-common';
import { NewFindingInput } from '../../api/DevzeroApi';

/** The largest image the backend accepts unless `fitsys.devzero.attachments.maxBytes` says otherwise. */
export const MAX_IMAGE_BYTES = DEFAULT_MAX_ATTACHMENT_BYTES;
/** The image types a finding takes as evidence. */
export const IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
];
const MAX_IMAGES = 10;

/** A size as people read it: kilobytes under a megabyte (a limit may be that small). */
export const megabytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What is wrong with the form, by field, in words that say the fix. */
export type FormErrors = Partial<
  Record<keyof NewFindingInput | 'images', string>
>;

const HTTP_ADDRESS = /^https?:\/\/\S+$/i;

/** Checks a finding and its screenshots before anything is sent. */
export function validate(
  form: NewFindingInput,
  images: File[],
  maxImageBytes: number,
): FormErrors {
  const errors: FormErrors = {};
  if (!form.entityRef)
    errors.entityRef = 'Choose the entity the friction was in';
  if (!form.title.trim()) errors.title = 'Give the finding a title';
  if (!form.scenario.trim()) errors.scenario = 'Say what you were trying to do';
  if (!Number.isInteger(form.minutesLost) || form.minutesLost < 0)
    errors.minutesLost = 'Minutes lost is a whole number, 0 or more';
  else if (form.minutesLost > 10_080)
    errors.minutesLost = 'At most a week (10,080 minutes)';
  const badLink = form.links.find(l => !HTTP_ADDRESS.test(l));
  if (badLink) errors.links = `“${badLink}” is not an http(s) address`;
  if (form.externalUrl && !HTTP_ADDRESS.test(form.externalUrl))
    errors.externalUrl = 'An http(s) address of the issue, or nothing';
  const tooBig = images.find(f => f.size > maxImageBytes);
  if (tooBig)
    errors.images = `${tooBig.name} is ${megabytes(
      tooBig.size,
    )}; images may be at most ${megabytes(maxImageBytes)}`;
  const notImage = images.find(f => !IMAGE_TYPES.includes(f.type));
  if (notImage)
    errors.images = `${notImage.name} is not a PNG, JPEG, GIF or WebP image`;
  if (images.length > MAX_IMAGES)
    errors.images = `At most ${MAX_IMAGES} images per finding`;
  return errors;
}
