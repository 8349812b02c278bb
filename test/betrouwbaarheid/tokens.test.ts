// Issue 20: a token can only mint tokens with a subset of its own scopes; a token scoped to
// tokens.beheren cannot hand out all the rights of its owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { testApp, gebruikerMetRol, formulier } from '../toegang/hulp.js';
import { maakToken } from '../../src/toegang/tokens.js';
import { alsGebruiker } from '../../src/toegang/gebruikers.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
let auth: string;

beforeAll(async () => {
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  const beheerder = alsGebruiker(await gebruikerMetRol(db, 'beheerder'));
  auth = `Bearer ${(await maakToken(db, beheerder, { naam: 'tokenbeheer', scopes: ['tokens.beheren', 'intern.lezen'] })).token}`;
});
afterAll(async () => {
  await sluit();
});

const maak = (scopes: string[]) =>
  app.inject({
    method: 'POST',
    url: '/beheer/tokens',
    headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: formulier({ naam: 'afgeleid', scopes }),
  });

describe('tokens minted by a token', () => {
  it('may not carry a scope the minting token lacks; nothing is stored', async () => {
    const r = await maak(['gebruikers.beheren', 'intern.lezen']);
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('gebruikers.beheren');
    expect(await db.query(`SELECT 1 FROM api_tokens WHERE naam = 'afgeleid'`)).toHaveLength(0);
  });

  it('may carry a subset of its scopes', async () => {
    const r = await maak(['intern.lezen']);
    expect(r.statusCode).toBe(201);
    expect(await db.query(`SELECT scopes FROM api_tokens WHERE naam = 'afgeleid'`)).toEqual([{ scopes: ['intern.lezen'] }]);
  });
});
