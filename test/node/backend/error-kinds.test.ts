/** Every FailureKind the services can produce, from each service's envelope, status and wording (§1.2, §2.5). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeHtmlEntities, parseRetryAfter } from '../../../src/backend/errors.js';
import { graphError } from '../../../src/backend/graph/errors.js';
import type { ErrorAnswer } from '../../../src/backend/http.js';
import { partnerCenterError } from '../../../src/backend/partner-center/errors.js';

function answer(status: number, body: unknown, retryAfterSeconds?: number): ErrorAnswer {
  return { status, body, headers: new Headers(), ambiguous: false, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
}
const pc = (status: number, code: string | number, description: string) => partnerCenterError(answer(status, { code, description, source: 'PartnerFD' }));
const graph = (status: number, code: string, message: string) => graphError(answer(status, { error: { code, message, innerError: { date: 'x', 'request-id': 'y' } } }));

describe('Partner Center error kinds', () => {
  /** Licensing failures other than 60012 all come as 400 with code 600: their kind is read from the description. */
  const byDescription: readonly [string, string][] = [
    ['License assignment cannot be done for user with invalid usage location.', 'usage-location-missing'],
    ['License assignment failed because service plan 41781fb2 depends on the service plan(s) 9aaf7827', 'dependency'],
    ['License assignment failed because service plans 9aaf7827,4a82b400 are mutually exclusive', 'mutually-exclusive'],
    ['The product is not available in the user\'s usage location (CN).', 'unavailable-in-location'],
    ['ProhibitedInUsageLocationViolation', 'unavailable-in-location'],
    ['UniquenessViolation: proxy address already used', 'uniqueness'],
  ];
  const cases: readonly [number, string | number, string, string][] = [
    [400, 60012, 'We&#39;re sorry, it looks like you’ve run out of licenses.', 'not-enough-licenses'],
    [400, '60012', 'anything', 'not-enough-licenses'],
    ...byDescription.map(([description, kind]): [number, number, string, string] => [400, 600, description, kind]),
    [400, 60000, 'Customer license migration failed', 'invalid-request'],
    [404, 60002, 'User object id not found', 'not-found'],
    [404, 60003, 'Tenant not found', 'not-found'],
    [401, 400, 'Access denied', 'forbidden'],
    [403, 2032, 'Access denied', 'forbidden'],
    [403, 20002, 'Partner has no commerce relationship with the customer', 'forbidden'],
    [500, 'x', 'Internal error', 'unavailable'],
    [504, 'x', 'Gateway timeout', 'unavailable'],
  ];
  for (const [status, code, description, kind] of cases) {
    it(`${status} ${code} "${description.slice(0, 40)}" → ${kind}`, () => {
      const error = pc(status, code, description);
      assert.equal(error.kind, kind);
      assert.equal(error.httpStatus, status);
      assert.equal(error.serviceCode, code);
      assert.equal(error.message, decodeHtmlEntities(description));
    });
  }

  it('60012 detail in data[] also counts, and the text keeps its entities decoded', () => {
    const error = partnerCenterError(answer(400, { code: 1, description: 'Failed', data: ['LicenseQuotaExceededException : ... does not have any available licenses left.'] }));
    assert.equal(error.kind, 'not-enough-licenses');
  });

  it('429 with the documented body and Retry-After', () => {
    const error = partnerCenterError(answer(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' }, 57));
    assert.deepEqual([error.kind, error.retryAfterSeconds, error.message], ['throttled', 57, 'Rate limit is exceeded. Try again in 57 seconds.']);
  });

  it('a body that is not JSON keeps its text; an empty one says the status', () => {
    assert.equal(partnerCenterError(answer(502, '<html>Bad gateway</html>')).message, '<html>Bad gateway</html>');
    assert.equal(partnerCenterError(answer(400, '')).message, 'The service answered HTTP 400');
  });
});

describe('Graph error kinds', () => {
  const cases: readonly [number, string, string, string][] = [
    [400, 'Request_BadRequest', 'Subscription with SKU 6fd2c87f does not have any available licenses.', 'not-enough-licenses'],
    [400, 'CountViolation', 'x', 'not-enough-licenses'],
    [400, 'Request_BadRequest', 'License assignment cannot be done for user with invalid usage location.', 'usage-location-missing'],
    [400, 'Request_BadRequest', 'License assignment failed because service plan a depends on the service plan(s) b', 'dependency'],
    [400, 'Request_BadRequest', 'License assignment failed because service plans a,b are mutually exclusive', 'mutually-exclusive'],
    [400, 'MutuallyExclusiveViolation', 'x', 'mutually-exclusive'],
    [400, 'DependencyViolation', 'x', 'dependency'],
    [400, 'ProhibitedInUsageLocationViolation', 'x', 'unavailable-in-location'],
    [400, 'UniquenessViolation', 'x', 'uniqueness'],
    [400, 'Request_BadRequest', 'User license is inherited from a group membership and it cannot be removed directly from the user.', 'inherited-from-group'],
    [400, 'Request_BadRequest', 'License 90ca3a0d cannot be assigned to a user.', 'invalid-request'],
    [404, 'Request_ResourceNotFound', "Resource 'x' does not exist", 'not-found'],
    [403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', 'forbidden'],
    [401, 'InvalidAuthenticationToken', 'Access token has expired.', 'forbidden'],
    [429, 'TooManyRequests', 'Please retry again later.', 'throttled'],
    [503, 'serviceNotAvailable', 'Service unavailable', 'unavailable'],
  ];
  for (const [status, code, message, kind] of cases) {
    it(`${status} ${code} → ${kind}`, () => {
      const error = graph(status, code, message);
      assert.deepEqual([error.kind, error.httpStatus, error.serviceCode, error.message], [kind, status, code, message]);
    });
  }

  it('an empty code and a missing message still give a clear error', () => {
    const error = graphError(answer(403, { error: { code: '' } }));
    assert.deepEqual([error.kind, error.serviceCode, error.message], ['forbidden', undefined, 'The service answered HTTP 403']);
  });
});

describe('helpers', () => {
  it('decodes HTML entities once', () => {
    assert.equal(decodeHtmlEntities('We&#39;re &quot;out&quot; &amp;lt; &#x27;E3&#x27; &bogus;'), 'We\'re "out" &lt; \'E3\' &bogus;');
  });
  it('reads Retry-After as seconds or a date', () => {
    assert.equal(parseRetryAfter('57'), 57);
    assert.equal(parseRetryAfter('1.2'), 2);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 30);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });
});
