import { images } from '../__testUtils__/images';
import { devzeroTestBackend, newFindingBody } from '../__testUtils__/backend';
import { cardAuthoriser } from '../__testUtils__/catalog';

const riley = 'user:default/riley.novak'; // reports
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // reads everything, owns nothing
const quinn = 'user:default/quinn.contractor'; // reads only their own findings
const ada = 'user:default/ada.admin'; // Developer Zero admin

// Owners triage, owners and reporters comment, Quinn reads only what they
// filed or own, Ada is the only admin.
describe('evidence images', () => {
  const api = devzeroTestBackend({
    admins: [ada],
    readOwnOnly: [quinn],
    entities: [cardAuthoriser(jordan)],
  });

  async function file(title: string, user = riley) {
    const res = await api
      .post('/findings', user)
      .send({ ...newFindingBody, title })
      .expect(201);
    return res.body.id as string;
  }

  function upload(
    findingId: string,
    data: Buffer,
    options: { user?: string; type?: string; name?: string } = {},
  ) {
    const req = api
      .post(`/findings/${findingId}/attachments`, options.user ?? riley)
      .set('content-type', options.type ?? 'image/png');
    if (options.name !== undefined) req.query({ name: options.name });
    return req.send(data);
  }

  const image = (findingId: string, attachmentId: string, user = riley) =>
    api.get(`/findings/${findingId}/attachments/${attachmentId}`, user);

  it('takes a PNG from the reporter and gives it back byte for byte, safely', async () => {
    const id = await file('Screenshot of the error');
    const res = await upload(id, images.png, { name: 'error dialog.png' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      findingId: id,
      fileName: 'error dialog.png',
      contentType: 'image/png',
      size: images.png.length,
      uploaderRef: riley,
      createdAt: expect.any(String),
    });

    const back = await image(id, res.body.id, sam).buffer(true);
    expect(back.status).toBe(200);
    expect(Buffer.isBuffer(back.body)).toBe(true);
    expect(back.body.equals(images.png)).toBe(true);
    expect(back.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(images.png.length),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cache-control': 'private, max-age=3600',
      'content-disposition': 'inline; filename="error dialog.png"',
    });

    const details = await api.get(`/findings/${id}`, jordan).expect(200);
    expect(details.body.attachments).toEqual([res.body]);
  });

  it('lets an owner add evidence too, names files safely and lists them oldest first', async () => {
    const id = await file('Two screenshots');
    const first = await upload(id, images.jpeg, {
      user: jordan,
      type: 'image/jpeg',
      name: '../../etc/Grüße "x".html',
    }).expect(201);
    expect(first.body.fileName).toBe('Grüße "x".html.jpg');
    const second = await upload(id, images.webp, { type: 'image/webp' }).expect(
      201,
    );
    expect(second.body.fileName).toBe('image.webp');
    const back = await image(id, first.body.id).buffer(true);
    expect(back.headers['content-disposition']).toBe(
      `inline; filename="Gr__e _x_.html.jpg"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%22x%22.html.jpg`,
    );
    const details = await api.get(`/findings/${id}`, riley);
    expect(details.body.attachments.map((a: any) => a.id)).toEqual([
      first.body.id,
      second.body.id,
    ]);
  });

  it('refuses what is not an accepted image, saying what to send', async () => {
    const id = await file('Bad uploads');
    const pdf = await upload(id, Buffer.from('%PDF-1.7'), {
      type: 'application/pdf',
    });
    expect(pdf.status).toBe(415);
    expect(pdf.body.error.message).toBe(
      'Content-Type: evidence must be one of image/png, image/jpeg, image/gif, image/webp, not application/pdf',
    );
    const mislabelled = await upload(id, images.jpeg);
    expect(mislabelled.status).toBe(400);
    expect(mislabelled.body.error.message).toBe(
      'body: the bytes are not a PNG image as the Content-Type says (they look like a JPEG image; send Content-Type image/jpeg)',
    );
    const empty = await upload(id, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe(
      "body: empty; send the image's bytes as the request body",
    );
    const twoNames = await api
      .post(`/findings/${id}/attachments?name=a.png&name=b.png`, riley)
      .set('content-type', 'image/png')
      .send(images.png);
    expect(twoNames.status).toBe(400);
    expect(twoNames.body.error.message).toMatch(/^name: /);
    const details = await api.get(`/findings/${id}`, riley);
    expect(details.body.attachments).toEqual([]);
  });

  it('refuses an image over the limit with a message saying by how much', async () => {
    const id = await file('Huge screenshot');
    const big = Buffer.alloc(3250585);
    images.png.copy(big);
    const res = await upload(id, big);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe(
      'attachment: 3.1 MB is over the 2 MB limit; crop or compress the image',
    );
    const atLimit = Buffer.alloc(2 * 1024 * 1024);
    images.png.copy(atLimit);
    const ok = await upload(id, atLimit);
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(2097152);
  });

  it('takes at most ten images per finding', async () => {
    const id = await file('Many screenshots');
    for (let i = 0; i < 10; i++) await upload(id, images.png).expect(201);
    const eleventh = await upload(id, images.png);
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.error.message).toBe(
      'attachment: this finding already has 10 images, the most it may have; remove one before adding another',
    );
  });

  it('refuses anyone who is neither reporter nor may comment, and hides findings one may not read', async () => {
    const id = await file('Private evidence');
    const { body: attachment } = await upload(id, images.png).expect(201);
    const other = await upload(id, images.png, { user: sam });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe(
      'Only the reporter and those who may comment on this finding may add images to it',
    );
    const hidden = await upload(id, images.png, { user: quinn });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(`There is no finding ${id}`);
    expect((await image(id, attachment.id, quinn)).status).toBe(404);
    const del = await api.delete(
      `/findings/${id}/attachments/${attachment.id}`,
      quinn,
    );
    expect(del.status).toBe(404);

    const quinnsOwn = await file('Quinn files one', quinn);
    await upload(quinnsOwn, images.gif, {
      user: quinn,
      type: 'image/gif',
    }).expect(201);
  });

  it('answers bad and unknown ids with 400 and 404', async () => {
    const id = await file('Ids');
    const badFinding = await image('not-an-id', id);
    expect(badFinding.status).toBe(400);
    expect(badFinding.body.error.message).toBe(
      'id: "not-an-id" is not a finding id',
    );
    const badAttachment = await image(id, 'nope');
    expect(badAttachment.status).toBe(400);
    expect(badAttachment.body.error.message).toBe(
      'attachmentId: "nope" is not an attachment id',
    );
    const unknown = await image(id, '00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    const noFinding = await upload(
      '00000000-0000-0000-0000-000000000000',
      images.png,
    );
    expect(noFinding.status).toBe(404);
  });

  it('moves the images of a duplicate to the canonical finding', async () => {
    const canonical = await file('Canonical');
    const duplicate = await file('Duplicate', sam);
    const { body: moved } = await upload(duplicate, images.png, {
      user: sam,
    }).expect(201);
    await api
      .post(`/findings/${duplicate}/triage`, jordan)
      .send({ action: 'mark-duplicate', duplicateOf: canonical })
      .expect(200);
    const details = await api.get(`/findings/${canonical}`, riley);
    expect(details.body.attachments).toEqual([
      { ...moved, findingId: canonical },
    ]);
    expect((await image(canonical, moved.id)).status).toBe(200);
    expect((await image(duplicate, moved.id)).status).toBe(404);
    const late = await upload(duplicate, images.png, { user: sam });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(
      `This finding is a duplicate of ${canonical}; add the image there`,
    );
  });

  it('lets the uploader or an admin remove an image, and nobody else', async () => {
    const id = await file('Removals');
    const { body: mine } = await upload(id, images.png).expect(201);
    const { body: another } = await upload(id, images.png).expect(201);
    const remove = (attachmentId: string, user: string) =>
      api.delete(`/findings/${id}/attachments/${attachmentId}`, user);
    const owner = await remove(mine.id, jordan);
    expect(owner.status).toBe(403);
    expect(owner.body.error.message).toBe(
      'Only the person who added this image, or a Developer Zero admin, may remove it',
    );
    expect((await remove(mine.id, sam)).status).toBe(403);
    expect((await remove(mine.id, riley)).status).toBe(204);
    expect((await image(id, mine.id)).status).toBe(404);
    expect((await remove(mine.id, riley)).status).toBe(404);
    expect((await remove(another.id, ada)).status).toBe(204);
    const details = await api.get(`/findings/${id}`, riley);
    expect(details.body.attachments).toEqual([]);
  });

  it('leaves the JSON API and its limit as they were', async () => {
    const id = await file('JSON still works');
    const comment = await api
      .post(`/findings/${id}/comments`, riley)
      .send({ body: 'x'.repeat(300 * 1024) });
    expect(comment.status).toBe(413);
  });
});
