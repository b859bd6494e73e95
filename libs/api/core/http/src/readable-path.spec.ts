import express from 'express';
import request from 'supertest';

import { readablePath } from './readable-path';

describe('readablePath', () => {
  const app = express();
  app.use(readablePath());
  app.get('/{*path}', (req, res) => res.json({ path: decodeURIComponent(req.path) }));

  it.each(['/%E0%A4%A', '/councils/%', '/%zz', '/case-studies/%C0%AF'])(
    'refuses %s with 400 and a JSON error, not a stack or HTML page',
    async (path) => {
      const response = await request(app)
        .get(path)
        .set('accept', 'text/html')
        .expect(400)
        .expect('content-type', /application\/json/);
      expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
      expect(response.body.errors[0].message).toMatch(/web address is not valid/);
    },
  );

  it('lets a well-formed address through, escapes and all', async () => {
    const response = await request(app).get('/councils/Br%C3%BChl%20Road').expect(200);
    expect(response.body).toEqual({ path: '/councils/Brühl Road' });
  });
});
