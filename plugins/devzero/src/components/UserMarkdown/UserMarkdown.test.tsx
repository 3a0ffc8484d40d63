import { configApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { UserMarkdown } from './UserMarkdown';

const PIXEL = 'https://tracker.example/pixel.png?u=1';

/** Renders user Markdown under the given `fitsys.markdown` policy. */
async function renderMarkdown(content: string, markdown?: object) {
  const config = mockApis.config({
    data: {
      app: { baseUrl: 'http://localhost:3000' },
      backend: { baseUrl: 'http://localhost:7007' },
      ...(markdown ? { fitsys: { markdown } } : {}),
    },
  });
  const rendered = await renderInTestApp(
    <TestApiProvider apis={[[configApiRef, config]]}>
      <UserMarkdown content={content} />
    </TestApiProvider>,
  );
  return rendered.container;
}

const sources = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('img')).map(i => i.getAttribute('src'));

describe('UserMarkdown', () => {
  it('shows a remote image as a link to it, and loads nothing from it', async () => {
    const container = await renderMarkdown(
      `It broke here:\n\n![the error](${PIXEL}) and ![](//tracker.example/x.gif)`,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(
      screen.getByRole('link', {
        name: /the error \(image from tracker\.example\)/,
      }),
    ).toHaveAttribute('href', PIXEL);
    expect(
      screen.getByRole('link', { name: /^image from tracker\.example/ }),
    ).toHaveAttribute('href', 'http://tracker.example/x.gif');
  });

  it("shows the portal's own images inline", async () => {
    const container = await renderMarkdown(
      [
        '![relative](/api/devzero/findings/1/attachments/a1)',
        '![backend](http://localhost:7007/api/devzero/findings/1/attachments/a2)',
        '![app](http://localhost:3000/logo.png)',
      ].join('\n\n'),
    );
    expect(screen.getByRole('img', { name: 'relative' })).toHaveAttribute(
      'src',
      '/api/devzero/findings/1/attachments/a1',
    );
    expect(sources(container)).toEqual([
      '/api/devzero/findings/1/attachments/a1',
      'http://localhost:7007/api/devzero/findings/1/attachments/a2',
      'http://localhost:3000/logo.png',
    ]);
  });

  it('shows images from an allowed host inline, and others still as links', async () => {
    const container = await renderMarkdown(
      `![diagram](https://images.fernhill.example/d.png) ![px](${PIXEL})`,
      { allowedImageHosts: ['images.fernhill.example'] },
    );
    expect(sources(container)).toEqual([
      'https://images.fernhill.example/d.png',
    ]);
    expect(
      screen.getByRole('link', { name: /px \(image from tracker\.example\)/ }),
    ).toHaveAttribute('href', PIXEL);
  });

  it('loads remote images when the policy allows them', async () => {
    const container = await renderMarkdown(`![px](${PIXEL})`, {
      remoteImages: 'allow',
    });
    expect(sources(container)).toEqual([PIXEL]);
  });

  it('lets no raw HTML load an image or run a script', async () => {
    const container = await renderMarkdown(
      [
        `Look <img src="${PIXEL}" alt="shot" onerror="alert(1)">`,
        `<p><image src="https://tracker.example/2.png"></p>`,
        '<script>window.pwned = true</script>',
        `<div>\n\`<img src="https://tracker.example/3.png">\`\n</div>`,
      ].join('\n\n'),
    );
    // The last is an HTML block, in which backticks are no code: the
    // renderer's own check keeps that image from loading.
    expect(
      sources(container).filter(src => src?.includes('tracker.example')),
    ).toEqual([]);
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect((window as any).pwned).toBeUndefined();
    expect(
      screen.getByRole('link', {
        name: /shot \(image from tracker\.example\)/,
      }),
    ).toHaveAttribute('href', PIXEL);
    expect(
      screen.getByRole('link', { name: /^image from tracker\.example/ }),
    ).toHaveAttribute('href', 'https://tracker.example/2.png');
  });

  it('still renders Markdown: code, emphasis, tables and links', async () => {
    await renderMarkdown(
      '**bold** `![px](https://tracker.example/p.png)`\n\n| a | b |\n| - | - |\n| 1 | [docs](https://docs.example) |',
    );
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(
      screen.getByText('![px](https://tracker.example/p.png)').tagName,
    ).toBe('CODE');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /docs/ })).toHaveAttribute(
      'href',
      'https://docs.example',
    );
  });
});
