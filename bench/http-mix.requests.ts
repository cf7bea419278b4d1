import type autocannon from 'autocannon';
import { draftFields, PDF, personas } from './personas';

export type Tokens = Record<string, string>;
interface Context {
  id?: string;
}

const BOUNDARY = 'bench-boundary-7MA4YWxkTrZu0gW';
const multipartPdf = Buffer.concat([
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nproposal\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="de-an.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n`,
  ),
  PDF,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

/**
 * One connection's loop, a proposal's working day: the lead agency drafts, attaches and submits;
 * the Organization Board reads its inbox and approves; Sở Tài chính gives its opinion; the secretary
 * opens the vote and three members vote; people read lists, inboxes and details in between.
 */
export const mixFor = (tokens: Tokens): autocannon.Request[] => {
  const as = (who: string, json = true) => ({
    authorization: `Bearer ${tokens[who]}`,
    ...(json ? { 'content-type': 'application/json' } : {}),
  });
  const on = (method: 'GET' | 'POST', suffix: string, who: string, body?: object): autocannon.Request => ({
    method,
    headers: as(who, body !== undefined),
    ...(body ? { body: JSON.stringify(body) } : {}),
    setupRequest: (req, ctx) =>
      (ctx as Context).id
        ? { ...req, path: `/api/proposals/${(ctx as Context).id}${suffix}` }
        : (null as never),
  });
  return [
    {
      method: 'POST',
      path: '/api/proposals',
      headers: as('lead'),
      body: JSON.stringify(draftFields('Đề án sắp xếp phòng chuyên môn (đo tải)')),
      onResponse: (status, body, ctx) =>
        ((ctx as Context).id =
          status === 201 ? (JSON.parse(body) as Context & { proposalId: string }).proposalId : undefined),
    },
    {
      ...on('POST', '/attachments', 'lead'),
      headers: { ...as('lead', false), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: multipartPdf,
    },
    on('POST', '/submit', 'lead', {}),
    on('GET', '', 'lead'),
    { method: 'GET', path: '/api/inbox', headers: as('board', false) },
    on('POST', '/approve', 'board', {}),
    on('POST', '/opinions', 'finance', { body: 'STC', opinion: 'agree' }),
    { method: 'GET', path: '/api/proposals?limit=20', headers: as('lead', false) },
    on('POST', '/open-vote', 'secretary', {}),
    ...['m1', 'm2', 'm3'].map((m) => on('POST', '/votes', m, { choice: 'for' })),
    { method: 'GET', path: '/api/inbox', headers: as('finance', false) },
    on('GET', '', 'board'),
  ];
};

export const signMixTokens = async (
  sign: (claims: {
    sub: string;
    name: string;
    roles: never[];
    orgUnit?: string;
    bodies: string[];
  }) => Promise<string>,
): Promise<Tokens> => {
  const tokens: Tokens = {};
  for (const who of ['lead', 'board', 'finance', 'secretary', 'm1', 'm2', 'm3']) {
    const p = personas[who];
    tokens[who] = await sign({
      sub: p.id,
      name: p.name,
      roles: p.roles as never[],
      orgUnit: p.orgUnit,
      bodies: p.bodies,
    });
  }
  return tokens;
};
