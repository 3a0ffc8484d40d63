/** Small images of each accepted type, for tests. */
export const images = {
  /** A real 1×1 PNG. */
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  /** The start of a JPEG (JFIF) file. */
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0rest of the image'),
  ]),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00rest of the image', 'latin1'),
  webp: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 rest of the image', 'latin1'),
};
