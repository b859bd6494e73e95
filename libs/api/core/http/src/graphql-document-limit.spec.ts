import express from 'express';
import request from 'supertest';

import { bodyErrorHandler, bodyParsers } from './body-parsing';
import { countTokens, graphqlDocumentLimit } from './graphql-document-limit';

function app() {
  const server = express();
  let reached = 0;
  for (const parser of bodyParsers()) server.use(parser);
  server.use(bodyErrorHandler());
  server.use('/graphql', graphqlDocumentLimit());
  server.use('/graphql', (_req, res) => {
    reached += 1;
    res.json({ reached: true });
  });
  return { server, reached: () => reached };
}

describe('graphqlDocumentLimit', () => {
  it('passes an ordinary query on', async () => {
    const { server, reached } = app();
    await request(server)
      .post('/graphql')
      .send({ query: '{ councils { totalCount } }' })
      .expect(200);
    expect(reached()).toBe(1);
  });

  it('refuses a 5 MB document of repeated directives with 413 QUERY_TOO_LARGE before anything parses it', async () => {
    const { server, reached } = app();
    const query = `{ councils ${'@include(if: true) '.repeat(280_000)} { totalCount } }`;
    expect(query.length).toBeGreaterThan(5_000_000);
    const response = await request(server).post('/graphql').send({ query }).expect(413);
    expect(response.body.errors).toEqual([
      {
        message: expect.stringMatching(
          /^This query is 5,196 KB; the limit is 100 KB\. Send long values as variables/,
        ),
        extensions: { code: 'QUERY_TOO_LARGE' },
      },
    ]);
    expect(reached()).toBe(0);
  });

  it('refuses a document under the size limit with too many tokens, 400 QUERY_TOO_LARGE', async () => {
    const { server, reached } = app();
    const query = `{ ${'a '.repeat(6_000)} }`;
    const response = await request(server).post('/graphql').send({ query }).expect(400);
    expect(response.body.errors[0]).toEqual({
      message: expect.stringMatching(/^This query has more than 5,000 tokens/),
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
    expect(reached()).toBe(0);
  });

  it('refuses more than 50 directives before parsing, with QUERY_TOO_COMPLEX', async () => {
    const { server, reached } = app();
    const query = `{ councils { totalCount ${'@skip(if: false) '.repeat(51)} } }`;
    const response = await request(server).post('/graphql').send({ query }).expect(400);
    expect(response.body.errors[0]).toEqual({
      message: expect.stringMatching(/^This query uses 51 directives; the limit is 50\./),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    expect(reached()).toBe(0);
  });

  it('checks a query sent with GET too', async () => {
    const { server, reached } = app();
    const query = `{ councils { totalCount ${'@skip(if: false) '.repeat(51)} } }`;
    await request(server).get('/graphql').query({ query }).expect(400);
    expect(reached()).toBe(0);
  });

  it('leaves text that is not GraphQL to the parser, which says where', async () => {
    const { server, reached } = app();
    await request(server).post('/graphql').send({ query: '{ "unterminated' }).expect(200);
    expect(reached()).toBe(1);
  });

  it('counts tokens without comments and stops counting past the limit', () => {
    expect(countTokens('{ a # a comment\n b @c }', 100)).toEqual({ tokens: 6, directives: 1 });
    expect(countTokens('a '.repeat(1_000_000), 10)).toEqual({ tokens: 11, directives: 0 });
  });
});
