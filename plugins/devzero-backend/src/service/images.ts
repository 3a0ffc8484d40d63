import { CustomErrorBase, InputError } from '@backstage/errors';

/** The image types evidence may be, with the extension a file of each gets. */
export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
} as const;

/** One of the keys of {@link IMAGE_TYPES}. */
export type ImageType = keyof typeof IMAGE_TYPES;

/** Extensions a file name may already end with, per type. */
const EXTENSIONS: Record<ImageType, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
};

const LABELS: Record<ImageType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
};

const ascii = (data: Buffer, from: number, to: number) =>
  data.subarray(from, to).toString('latin1');

/** How each type's files begin (their magic numbers). */
const SIGNATURES: Record<ImageType, (data: Buffer) => boolean> = {
  'image/png': data =>
    data
      .subarray(0, 8)
      .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': data =>
    data.length >= 3 &&
    data[0] === 0xff &&
    data[1] === 0xd8 &&
    data[2] === 0xff,
  'image/gif': data => ['GIF87a', 'GIF89a'].includes(ascii(data, 0, 6)),
  'image/webp': data =>
    ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP',
};

/** The most characters a stored file name has. */
export const MAX_FILE_NAME_LENGTH = 200;

/** A refused request body type (HTTP 415). */
export class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  statusCode = 415 as const;
}

/** A request body over the limit (HTTP 413). */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  statusCode = 413 as const;
}

const typeList = Object.keys(IMAGE_TYPES).join(', ');

/** The image type a Content-Type header declares; a 415 naming the allowed ones otherwise. */
export function imageTypeOf(contentType: string | undefined): ImageType {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(IMAGE_TYPES, type))
    return type as ImageType;
  throw new UnsupportedMediaTypeError(
    type
      ? `Content-Type: evidence must be one of ${typeList}, not ${type}`
      : `Content-Type: missing; evidence must be one of ${typeList}`,
  );
}

/** The image type the bytes begin like, whatever anyone declared. */
export function sniffImageType(data: Buffer): ImageType | undefined {
  return (Object.keys(SIGNATURES) as ImageType[]).find(type =>
    SIGNATURES[type](data),
  );
}

/** Megabytes for a message: sizes rounded up, limits down, so one is never "over" the other when equal. */
function megabytes(bytes: number, round: (n: number) => number) {
  return `${round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The message for an image over the limit; the size may be unknown (a streamed body). */
export function tooLargeMessage(maxBytes: number, size?: number) {
  return `attachment: ${
    size === undefined ? 'the image' : megabytes(size, Math.ceil)
  } is over the ${megabytes(
    maxBytes,
    Math.floor,
  )} limit; crop or compress the image`;
}

/** Refuses an image that is empty, over the limit, or not what its Content-Type says. */
export function checkImage(data: Buffer, type: ImageType, maxBytes: number) {
  if (data.length === 0)
    throw new InputError(
      "body: empty; send the image's bytes as the request body",
    );
  if (data.length > maxBytes)
    throw new PayloadTooLargeError(tooLargeMessage(maxBytes, data.length));
  if (!SIGNATURES[type](data)) {
    const actual = sniffImageType(data);
    throw new InputError(
      `body: the bytes are not a ${
        LABELS[type]
      } image as the Content-Type says${
        actual
          ? ` (they look like a ${LABELS[actual]} image; send Content-Type ${actual})`
          : ` (nor a ${Object.values(LABELS)
              .filter(label => label !== LABELS[type])
              .join(', ')
              .replace(/, ([^,]*)$/, ' or $1')} image)`
      }`,
    );
  }
}

/** Characters a file name must not carry: control characters and text-direction overrides. */
function isUnsafe(char: string) {
  const code = char.codePointAt(0)!;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * A safe name for an uploaded image: no directories, no control characters,
 * an extension of its type (added when missing or different, so a saved copy
 * opens as an image), at most 200 characters; `image.<ext>` when nothing is left.
 */
export function evidenceFileName(raw: string | undefined, type: ImageType) {
  const ext = IMAGE_TYPES[type];
  const base = Array.from(raw ?? '')
    .filter(char => !isUnsafe(char))
    .join('')
    .split(/[/\\]/)
    .pop()!
    .trim()
    .replace(/^\.+/, '')
    .trim();
  if (!base) return `image.${ext}`;
  const dot = base.lastIndexOf('.');
  const hasExtension =
    dot > 0 && EXTENSIONS[type].includes(base.slice(dot + 1).toLowerCase());
  const stem = hasExtension ? base.slice(0, dot) : base;
  const suffix = hasExtension ? base.slice(dot) : `.${ext}`;
  const room = MAX_FILE_NAME_LENGTH - Array.from(suffix).length;
  return `${Array.from(stem).slice(0, room).join('').trimEnd()}${suffix}`;
}

/**
 * A Content-Disposition header showing the image inline: a plain quoted name
 * when it is printable ASCII, with an RFC 5987 UTF-8 name beside an ASCII
 * stand-in otherwise.
 */
export function inlineDisposition(fileName: string) {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (fallback === fileName) return `inline; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
