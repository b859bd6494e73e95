import express from 'express';
import request from 'supertest';

import { bodyErrorHandler, bodyParsers } from './body-parsing';

function app() {
  const server = express();
  for (const parser of bodyParsers()) server.use(parser);
  server.use(bodyErrorHandler());
  server.post('/graphql', (req, res) => {
    res.json({ received: req.body });
  });
  return server;
}

describe('body parsing', () => {
  it('reads a JSON body up to 6 MB', async () => {
    const query = `{ councils { totalCount } } # ${'x'.repeat(5_500_000)}`;
    const response = await request(app()).post('/graphql').send({ query }).expect(200);
    expect(response.body.received.query).toBe(query);
  });

  it('refuses a bigger body with 413 and a JSON error, no HTML', async () => {
    const response = await request(app())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: 'x'.repeat(7 * 1024 * 1024) }))
      .expect(413)
      .expect('content-type', /application\/json/);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The request is too large: the limit is 6 MB.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it.each(['gzip', 'deflate'])(
    'refuses a body marked %s that is not, with 400 and a clear JSON error',
    async (encoding) => {
      const response = await request(app())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('content-encoding', encoding)
        .send(Buffer.from('{"query": "{ councils { totalCount } }"}'))
        .expect(400)
        .expect('content-type', /application\/json/);
      expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
      expect(response.body.errors[0].message).toMatch(/marked as compressed/);
    },
  );

  it('refuses malformed JSON with 400 and a clear JSON error', async () => {
    const response = await request(app())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ')
      .expect(400)
      .expect('content-type', /application\/json/);
    expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(response.body.errors[0].message).toMatch(/^The request body is not valid JSON\./);
  });
});
