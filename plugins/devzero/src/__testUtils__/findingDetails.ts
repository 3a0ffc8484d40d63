import { http, HttpResponse } from 'msw';
import { BASE, finding, jordan, riley } from './render';

/** The finding the finding page's tests show. */
export const id = '11111111-1111-4111-8111-111111111111';

/** The finding with its history, a comment and what the viewer may do, with overrides. */
export function details(overrides: object = {}, extra: object = {}) {
  return {
    finding: finding({
      steps: '1. `make run`\n2. It asks for `HSM_URL`',
      links: ['https://docs.example/local'],
      ...overrides,
    }),
    history: [
      {
        id: 1,
        findingId: id,
        actorRef: riley,
        at: '2026-11-20T09:00:00.000Z',
        action: 'file',
        toStatus: 'new',
      },
    ],
    comments: [
      {
        id: 1,
        findingId: id,
        authorRef: jordan,
        body: 'Which **branch** were you on?',
        createdAt: '2026-11-20T10:00:00.000Z',
      },
    ],
    meToos: [],
    attachments: [],
    canTriage: false,
    canComment: true,
    canAdminister: false,
    ...extra,
  };
}

/** An image the reporter added, and the handler that serves its bytes. */
export const errorPng = {
  id: 'a1',
  findingId: id,
  fileName: 'error.png',
  contentType: 'image/png',
  size: 10,
  uploaderRef: riley,
  createdAt: '2026-11-20T09:00:00.000Z',
};
export const errorPngBytes = http.get(
  `${BASE}/findings/${id}/attachments/a1`,
  () =>
    HttpResponse.arrayBuffer(new Uint8Array([137, 80, 78, 71]).buffer, {
      headers: { 'Content-Type': 'image/png' },
    }),
);
