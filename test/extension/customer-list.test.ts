import { expect } from '@open-wc/testing';
import { CustomerListError, fetchCustomers, parseCustomers } from '../../extension/sidepanel/customer-list.js';

const ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';

function collection(items: unknown[]): unknown {
  return { totalCount: items.length, items, attributes: { objectType: 'Collection' } };
}

function customer(id: string, companyName: string, domain: string): unknown {
  return { id, companyProfile: { tenantId: id, domain, companyName }, attributes: { objectType: 'Customer' } };
}

async function failure(work: Promise<unknown>): Promise<CustomerListError> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof CustomerListError)) throw new Error(`expected a CustomerListError, got ${String(error)}`);
  return error;
}

describe('customer list', () => {
  it('reads Partner Center customers with name and domain', () => {
    expect(parseCustomers(collection([customer(ID, 'Contoso', 'contoso.onmicrosoft.com')]))).to.deep.equal([
      { id: ID, companyName: 'Contoso', domain: 'contoso.onmicrosoft.com' },
    ]);
    expect(parseCustomers(collection([{ id: ID }]))).to.deep.equal([{ id: ID, companyName: ID, domain: '' }]);
  });

  it('names what is wrong with a malformed list', () => {
    expect(() => parseCustomers({ value: [] })).to.throw(CustomerListError, 'items');
    expect(() => parseCustomers(collection([{ companyProfile: {} }]))).to.throw(CustomerListError, 'items[0]');
  });

  it('sends the token and reads the answer', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const customers = await fetchCustomers({
      baseUrl: 'http://127.0.0.1:4010/',
      token: 'demo-admin',
      fetch: async (input, init) => {
        seen.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
        return new Response(JSON.stringify(collection([customer(ID, 'Fabrikam', 'fabrikam.example')])), { status: 200 });
      },
    });
    expect(seen).to.deep.equal([{ url: 'http://127.0.0.1:4010/v1/customers', auth: 'Bearer demo-admin' }]);
    expect(customers.map((c) => c.companyName)).to.deep.equal(['Fabrikam']);
  });

  it('turns HTTP and network failures into typed errors', async () => {
    const answer = (status: number, body = '{}') => async () => new Response(body, { status });
    expect((await failure(fetchCustomers({ baseUrl: 'http://x.test', token: 't', fetch: answer(401) }))).kind).to.equal('unauthorized');
    expect((await failure(fetchCustomers({ baseUrl: 'http://x.test', token: 't', fetch: answer(403) }))).kind).to.equal('forbidden');
    expect((await failure(fetchCustomers({ baseUrl: 'http://x.test', token: 't', fetch: answer(503) }))).status).to.equal(503);
    expect((await failure(fetchCustomers({ baseUrl: 'http://x.test', token: 't', fetch: answer(200, 'not json') }))).kind).to.equal('malformed');
    const offline = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    expect((await failure(fetchCustomers({ baseUrl: 'http://x.test', token: 't', fetch: offline }))).kind).to.equal('network');
  });
});
