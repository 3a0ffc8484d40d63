import { images } from '../__testUtils__/images';
import {
  checkImage,
  evidenceFileName,
  imageTypeOf,
  inlineDisposition,
  sniffImageType,
  tooLargeMessage,
} from './images';

describe('evidence images', () => {
  it('accepts the four image types, with parameters and in any case, and refuses the rest with a 415 listing them', () => {
    expect(imageTypeOf('image/png')).toBe('image/png');
    expect(imageTypeOf('Image/JPEG; charset=binary')).toBe('image/jpeg');
    expect(() => imageTypeOf('image/svg+xml')).toThrow(
      expect.objectContaining({
        statusCode: 415,
        message:
          'Content-Type: evidence must be one of image/png, image/jpeg, image/gif, image/webp, not image/svg+xml',
      }),
    );
    expect(() => imageTypeOf(undefined)).toThrow(
      'Content-Type: missing; evidence must be one of image/png, image/jpeg, image/gif, image/webp',
    );
    expect(() => imageTypeOf('constructor')).toThrow(/not constructor/);
  });

  it('knows each type by its first bytes', () => {
    expect(sniffImageType(images.png)).toBe('image/png');
    expect(sniffImageType(images.jpeg)).toBe('image/jpeg');
    expect(sniffImageType(images.gif)).toBe('image/gif');
    expect(sniffImageType(images.webp)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<svg/>'))).toBeUndefined();
    expect(sniffImageType(Buffer.alloc(0))).toBeUndefined();
  });

  it('refuses empty, oversized and mislabelled images, saying what to do', () => {
    expect(() => checkImage(images.png, 'image/png', 1000)).not.toThrow();
    expect(() => checkImage(Buffer.alloc(0), 'image/png', 1000)).toThrow(
      "body: empty; send the image's bytes as the request body",
    );
    expect(() => checkImage(images.png, 'image/png', 10)).toThrow(
      expect.objectContaining({ statusCode: 413 }),
    );
    expect(() => checkImage(images.jpeg, 'image/png', 1000)).toThrow(
      'body: the bytes are not a PNG image as the Content-Type says (they look like a JPEG image; send Content-Type image/jpeg)',
    );
    expect(() =>
      checkImage(Buffer.from('%PDF-1.7'), 'image/gif', 1000),
    ).toThrow(
      'body: the bytes are not a GIF image as the Content-Type says (nor a PNG, JPEG or WebP image)',
    );
  });

  it('gives sizes in MB, rounding the size up and the limit down', () => {
    expect(tooLargeMessage(2097152, 3250585)).toBe(
      'attachment: 3.1 MB is over the 2 MB limit; crop or compress the image',
    );
    expect(tooLargeMessage(2097152, 2097153)).toBe(
      'attachment: 2.1 MB is over the 2 MB limit; crop or compress the image',
    );
    expect(tooLargeMessage(1572864)).toBe(
      'attachment: the image is over the 1.5 MB limit; crop or compress the image',
    );
  });

  it('names files safely, with an extension of their type', () => {
    expect(evidenceFileName('screenshot.png', 'image/png')).toBe(
      'screenshot.png',
    );
    expect(evidenceFileName('Photo.JPEG', 'image/jpeg')).toBe('Photo.JPEG');
    expect(evidenceFileName(undefined, 'image/jpeg')).toBe('image.jpg');
    expect(evidenceFileName('  ', 'image/webp')).toBe('image.webp');
    expect(evidenceFileName('../../etc/passwd', 'image/png')).toBe(
      'passwd.png',
    );
    expect(evidenceFileName('C:\\Users\\riley\\shot.gif', 'image/gif')).toBe(
      'shot.gif',
    );
    expect(evidenceFileName('page.html', 'image/png')).toBe('page.html.png');
    expect(evidenceFileName('..', 'image/png')).toBe('image.png');
    expect(evidenceFileName('.hidden.png', 'image/png')).toBe('hidden.png');
    expect(evidenceFileName('a\u0000b\r\nc\u202egnp.exe', 'image/png')).toBe(
      'abcgnp.exe.png',
    );
    const long = evidenceFileName(`${'ä'.repeat(300)}.png`, 'image/png');
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('ää.png')).toBe(true);
    expect(
      Array.from(evidenceFileName('😀'.repeat(250), 'image/png')),
    ).toHaveLength(200);
  });

  it('quotes file names in Content-Disposition, with a UTF-8 name when needed', () => {
    expect(inlineDisposition('screenshot.png')).toBe(
      'inline; filename="screenshot.png"',
    );
    expect(inlineDisposition('say "hi"\\.png')).toBe(
      `inline; filename="say _hi__.png"; filename*=UTF-8''say%20%22hi%22%5C.png`,
    );
    expect(inlineDisposition("Bildschirmfoto (Grüße) it's.png")).toBe(
      `inline; filename="Bildschirmfoto (Gr__e) it's.png"; filename*=UTF-8''Bildschirmfoto%20%28Gr%C3%BC%C3%9Fe%29%20it%27s.png`,
    );
  });
});
