/**
 * The adapters run in a browser: the page's own fetch (no "Illegal invocation"), Headers, AbortController and
 * crypto only. Doc examples are loaded from the test server and replayed through an injected fetch.
 */
import { expect } from '@open-wc/testing';
import { BackendError } from '../../src/backend/errors.js';
import { createBackend } from '../../src/backend/create-backend.js';

async function docExample(name: string): Promise<{ response: { status: number; body: unknown } }> {
  const response = await fetch(new URL(`/test/fixtures/api-docs/${name}`, location.origin));
  return (await response.json()) as { response: { status: number; body: unknown } };
}

describe('backend adapters in the browser', () => {
  for (const kind of ['partner-center', 'graph'] as const) {
    it(`${kind}: uses the page's fetch and maps a 404 to not-found`, async () => {
      const backend = createBackend({ kind, baseUrl: `${location.origin}/no-such-api`, customerId: 'c1', tokenProvider: async () => 't', readAttempts: 1 });
      let caught: unknown;
      try {
        await backend.listProducts();
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(BackendError);
      expect((caught as BackendError).kind).to.equal('not-found');
    });
  }

  it('partner-center: reads the docs\' subscribed SKUs through an injected fetch', async () => {
    const doc = await docExample('pc-subscribed-skus.json');
    const sent: Headers[] = [];
    const backend = createBackend({
      kind: 'partner-center', baseUrl: 'https://api.partnercenter.microsoft.com', customerId: 'c1', tokenProvider: async () => 't',
      fetch: async (_input, init) => {
        sent.push(new Headers(init?.headers));
        return new Response(JSON.stringify(doc.response.body), { status: 200 });
      },
    });
    const products = await backend.listProducts();
    expect(products.map((p) => p.availableUnits)).to.deep.equal([4, 0]);
    expect(sent[0]?.get('MS-CorrelationId')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('graph: reads the docs\' subscribed SKUs through an injected fetch', async () => {
    const doc = await docExample('graph-subscribed-skus.json');
    const backend = createBackend({
      kind: 'graph', baseUrl: 'https://graph.microsoft.com', customerId: 'c1', tokenProvider: async () => 't',
      // The adapter first checks the token's tenant (GET /organization), then reads the SKUs.
      fetch: async (input) => new Response(
        JSON.stringify(String(input).includes('/organization') ? { value: [{ id: 'c1' }] } : doc.response.body),
        { status: 200 },
      ),
    });
    expect((await backend.listProducts()).map((p) => [p.totalUnits, p.availableUnits])).to.deep.equal([[25, 11], [0, 0]]);
  });
});
