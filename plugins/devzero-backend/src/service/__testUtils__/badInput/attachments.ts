import { images } from '../../../__testUtils__/images';
import { finding, huge, RouteCases, UNKNOWN } from './types';

// Images, and routes that do not exist.
export const attachmentsCases: RouteCases = {
  'POST /findings/:id/attachments': [
    {
      mistake: 'uploads a text file',
      raw: 'just text',
      headers: { 'content-type': 'text/plain' },
      status: 415,
      says: /^Content-Type: evidence must be one of/,
    },
    {
      mistake: 'uploads without a Content-Type',
      raw: images.png,
      says: /^Content-Type: /,
    },
    {
      mistake: 'uploads an SVG',
      raw: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      headers: { 'content-type': 'image/svg+xml' },
      status: 415,
      says: /not image\/svg\+xml/,
    },
    {
      mistake: 'uploads as a multipart form',
      raw: images.png,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      status: 415,
      says: /not multipart\/form-data/,
    },
    {
      mistake: 'uploads the image as JSON',
      json: { data: images.png.toString('base64') },
      status: 415,
      says: /not application\/json/,
    },
    {
      mistake: 'labels a JPEG as a PNG',
      raw: images.jpeg,
      headers: { 'content-type': 'image/png' },
      says: /send Content-Type image\/jpeg/,
    },
    {
      mistake: 'uploads nothing',
      raw: Buffer.alloc(0),
      headers: { 'content-type': 'image/png' },
      says: /^body: empty/,
    },
    {
      mistake: 'labels the image as gzip when it is not',
      raw: images.png,
      headers: { 'content-type': 'image/png', 'content-encoding': 'gzip' },
      says: /./,
    },
    {
      mistake: 'uploads an image over the limit',
      raw: Buffer.concat([images.png, Buffer.alloc(3 * 1024 * 1024)]),
      headers: { 'content-type': 'image/png' },
      status: 413,
      says: /^attachment: .* is over the 2 MB limit/,
    },
    {
      mistake: 'names the image twice',
      query: 'name=a.png&name=b.png',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'name: Expected string, received array',
    },
    {
      mistake: 'names the image with an object',
      query: 'name[first]=a.png',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'name: Expected string, received object',
    },
    {
      mistake: 'names the image with a NUL character',
      query: 'name=error%00.png',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'name: holds a NUL character or half a surrogate pair',
    },
    {
      mistake: 'gives a name of 1001 characters',
      query: `name=${huge(1001)}`,
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: /^name: /,
    },
    {
      mistake: 'adds a query parameter that does not exist',
      query: 'caption=error',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'query: unknown field(s) caption',
    },
    {
      mistake: 'uploads to a bad finding id',
      path: '/findings/not-an-id/attachments',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'id: "not-an-id" is not a finding id',
    },
    {
      mistake: 'uploads to a finding that does not exist',
      path: `/findings/${UNKNOWN}/attachments`,
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      status: 404,
      says: `There is no finding ${UNKNOWN}`,
    },
  ],

  'GET /findings/:id/attachments/:attachmentId': [
    {
      mistake: 'asks for an image by its file name',
      path: '/findings/:id/attachments/error.png',
      says: 'attachmentId: "error.png" is not an attachment id',
    },
    {
      mistake: 'asks for an image of a bad finding id',
      path: '/findings/x/attachments/:attachmentId',
      says: 'id: "x" is not a finding id',
    },
    {
      mistake: 'asks for an image that does not exist',
      path: `/findings/:id/attachments/${UNKNOWN}`,
      status: 404,
      says: /has no attachment/,
    },
    {
      mistake: 'sends broken percent-encoding in the image id',
      path: '/findings/:id/attachments/%ZZ',
      says: /./,
    },
  ],

  'DELETE /findings/:id/attachments/:attachmentId': [
    {
      mistake: 'removes an image by a bad id',
      path: '/findings/:id/attachments/1',
      says: 'attachmentId: "1" is not an attachment id',
    },
    {
      mistake: 'removes an image of a bad finding id',
      path: '/findings/-/attachments/:attachmentId',
      says: 'id: "-" is not a finding id',
    },
    {
      mistake: 'removes an image that does not exist',
      path: `/findings/:id/attachments/${UNKNOWN}`,
      status: 404,
      says: /has no attachment/,
    },
  ],

  'routes that do not exist': [
    {
      mistake: 'edits a finding with PATCH',
      path: 'PATCH /findings/:id',
      json: { title: 'New title' },
      status: 405,
      says: /^PATCH \/findings\/[0-9a-f-]{36}: the Developer Zero API takes GET here, not PATCH$/,
    },
    {
      mistake: 'replaces a finding with PUT',
      path: 'PUT /findings/:id',
      json: finding,
      status: 405,
      says: 'the Developer Zero API takes GET here, not PUT',
    },
    {
      mistake: 'deletes a finding',
      path: 'DELETE /findings/:id',
      status: 405,
      says: 'the Developer Zero API takes GET here, not DELETE',
    },
    {
      mistake: 'posts to an image with the wrong method',
      path: 'POST /findings/:id/attachments/:attachmentId',
      json: {},
      status: 405,
      says: 'the Developer Zero API takes DELETE, GET here, not POST',
    },
    {
      mistake: 'posts an action that has no route',
      path: 'POST /findings/:id/close',
      json: {},
      status: 404,
      says: 'the Developer Zero API has no such route',
    },
  ],
};
