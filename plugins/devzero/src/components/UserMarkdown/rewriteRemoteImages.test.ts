import { ImagePolicy, imageSource, judgeImage } from './images';
import { rewriteRemoteImages } from './rewriteRemoteImages';

const policy: ImagePolicy = {
  remoteImages: 'link',
  allowedImageHosts: ['images.fernhill.example', '*.cdn.example'],
  ownOrigins: ['http://localhost:3000', 'http://localhost:7007'],
  base: 'http://localhost:3000/devzero/findings/1',
};
const rewrite = (markdown: string) => rewriteRemoteImages(markdown, policy);

describe('rewriteRemoteImages', () => {
  it('turns a remote image into a link with its alt text and host', () => {
    expect(rewrite('See ![pixel](https://tracker.example/p.png?u=1 "t")')).toBe(
      'See [pixel (image from tracker.example)](<https://tracker.example/p.png?u=1>)',
    );
    expect(rewrite('![](//tracker.example/p.png)')).toBe(
      '[image from tracker.example](<http://tracker.example/p.png>)',
    );
  });

  it("leaves the portal's own images, allowed hosts and non-images alone", () => {
    const own = [
      '![shot](/api/devzero/findings/1/attachments/a1)',
      '![shot](http://localhost:7007/api/devzero/findings/1/attachments/a1)',
      '![logo](https://images.fernhill.example/logo.png)',
      '![logo](https://eu.cdn.example/logo.png)',
      '[a link](https://tracker.example/)',
      '!not an image',
    ];
    for (const markdown of own) expect(rewrite(markdown)).toBe(markdown);
  });

  it('reads references, escapes and character references as Markdown does', () => {
    expect(rewrite('![px][p]\n\n[p]: https://tracker.example/p.png')).toBe(
      '[px (image from tracker.example)](<https://tracker.example/p.png>)\n\n[p]: https://tracker.example/p.png',
    );
    expect(rewrite('![px]\n\n[PX]: <https://tracker.example/p.png>')).toMatch(
      /^\[px \(image from tracker\.example\)\]/,
    );
    expect(rewrite('![px](https&#58;//tracker.example/p.png)')).toMatch(
      /^\[px \(image from tracker\.example\)\]/,
    );
    expect(rewrite('![px](/\\tracker.example/p.png)')).toMatch(
      /^\[px \(image from tracker\.example\)\]/,
    );
  });

  it('leaves code as it was written', () => {
    const code = [
      '`![px](https://tracker.example/p.png)`',
      '```\n![px](https://tracker.example/p.png)\n<img src="https://tracker.example/p.png">\n```\n',
      '~~~md\n![px](https://tracker.example/p.png)\n~~~',
      '\\![not an image](https://tracker.example/)',
    ];
    for (const markdown of code) expect(rewrite(markdown)).toBe(markdown);
  });

  it('keeps the words, not a link, for an image inside a link', () => {
    expect(
      rewrite(
        '[![build](https://img.shields.io/b.svg)](https://ci.example/job)',
      ),
    ).toBe('[build (image from img.shields.io)](https://ci.example/job)');
  });

  it('turns raw HTML images into links', () => {
    expect(
      rewrite(
        'Hi <IMG alt="a <b>" src=\'https://tracker.example/p.png?a=1&amp;b=2\'>',
      ),
    ).toBe(
      'Hi <a href="https://tracker.example/p.png?a=1&#38;b=2">a &#60;b&#62; (image from tracker.example)</a>',
    );
    expect(
      rewrite('<div>\n<image src="//tracker.example/p.png"/>\n</div>'),
    ).toBe(
      '<div>\n<a href="http://tracker.example/p.png">image from tracker.example</a>\n</div>',
    );
    expect(rewrite('<img src="/api/devzero/x.png">')).toBe(
      '<img src="/api/devzero/x.png">',
    );
  });

  it('keeps a table a table', () => {
    expect(rewrite('| a |\n| - |\n| ![x](https://t.example/a\\|b.png) |')).toBe(
      '| a |\n| - |\n| [x (image from t.example)](<https://t.example/a\\|b.png>) |',
    );
  });

  it('changes nothing when remote images are allowed', () => {
    const markdown = '![px](https://tracker.example/p.png)';
    expect(
      rewriteRemoteImages(markdown, { ...policy, remoteImages: 'allow' }),
    ).toBe(markdown);
  });

  it('reads pathological input in reasonable time', () => {
    const inputs = [
      '['.repeat(10_000),
      `${'`'.repeat(5_000)} ${'`` '.repeat(2_000)}`,
      '![a]('.repeat(2_000),
      '<a title="'.repeat(1_000),
    ];
    const started = Date.now();
    for (const input of inputs) rewrite(`${input}![x](https://t.example/p)`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('imageSource', () => {
  it('empties any address the policy does not let load', () => {
    expect(imageSource('https://tracker.example/p.png', policy)).toBe('');
    expect(imageSource(' //tracker.example/p.png', policy)).toBe('');
    expect(imageSource('data:image/gif;base64,R0lGODlh', policy)).toBe('');
    expect(imageSource('/api/devzero/x.png', policy)).toBe(
      '/api/devzero/x.png',
    );
    expect(
      imageSource('https://tracker.example/p.png', {
        ...policy,
        remoteImages: 'allow',
      }),
    ).toBe('https://tracker.example/p.png');
  });

  it('matches allowed hosts by name, with a port, or by wildcard', () => {
    const p = { ...policy, allowedImageHosts: ['img.example:8443'] };
    expect(judgeImage('https://img.example:8443/a.png', p).kind).toBe('inline');
    expect(judgeImage('https://img.example/a.png', p).kind).toBe('link');
    expect(judgeImage('https://cdn.example/a.png', policy).kind).toBe('link');
    expect(judgeImage('https://a.b.cdn.example/a.png', policy).kind).toBe(
      'inline',
    );
  });
});
