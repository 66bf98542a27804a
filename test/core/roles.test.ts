import { describe, it } from 'node:test';
import { expect } from 'chai';
import { LICENSE_CHANGING_ROLES, canChangeLicenses, readOnlyByRole } from '../../src/core/roles.js';

describe('roles', () => {
  const cases: [string[], boolean][] = [
    [['AdminAgent'], true],
    [['GlobalAdmin'], true],
    [['HelpdeskAgent'], true],
    [['SalesAgent'], true],
    [['UserManagementAdmin'], true],
    [['adminagent'], true],
    [['GlobalReader', 'AdminAgent'], true],
    [['GlobalReader'], false],
    [['BillingAdmin', 'ReportsReader'], false],
    [[], false],
  ];
  for (const [roles, expected] of cases) {
    it(`${JSON.stringify(roles)} -> ${expected}`, () => {
      expect(canChangeLicenses(roles)).to.equal(expected);
      expect(readOnlyByRole(roles)).to.deep.equal(expected ? null : { kind: 'role', roles });
    });
  }

  it('lists the five roles that may change licenses', () => {
    expect(LICENSE_CHANGING_ROLES).to.deep.equal(['AdminAgent', 'GlobalAdmin', 'HelpdeskAgent', 'SalesAgent', 'UserManagementAdmin']);
  });
});
