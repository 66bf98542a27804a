import { describe, it } from 'node:test';
import { expect } from 'chai';
import { csvRows, parseUserList } from '../../src/core/user-list.js';
import { entryKey, isObjectId } from '../../src/core/user-key.js';

describe('a pasted list of users', () => {
  it('takes one entry per line, trimmed, blank lines skipped', () => {
    expect(parseUserList('ann@contoso.com\n\n  bo@contoso.com  \r\n3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001\n')).to.deep.equal({
      entries: ['ann@contoso.com', 'bo@contoso.com', '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001'],
      duplicates: [],
    });
  });

  it('counts an entry given again, in any case, as a duplicate and keeps the first', () => {
    const list = parseUserList('Ann@Contoso.com\nbo@contoso.com\nann@contoso.com\nANN@CONTOSO.COM');
    expect(list.entries).to.deep.equal(['Ann@Contoso.com', 'bo@contoso.com']);
    expect(list.duplicates).to.deep.equal(['ann@contoso.com', 'ANN@CONTOSO.COM']);
  });

  it('reads the UserPrincipalName column of a CSV export, quoted cells and a byte order mark included', () => {
    const csv = '\uFEFFDisplay name,User principal name,Licenses\n"Lind, Ann",ann@contoso.com,"E3,E5"\nBo,bo@contoso.com,\n';
    expect(parseUserList(csv)).to.deep.equal({ entries: ['ann@contoso.com', 'bo@contoso.com'], duplicates: [] });
  });

  it('reads an object id column when there is no principal name column', () => {
    const csv = 'ObjectId,DisplayName\n3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001,Ann\n';
    expect(parseUserList(csv).entries).to.deep.equal(['3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001']);
  });

  it('gives nothing for empty text', () => {
    expect(parseUserList('  \n\n')).to.deep.equal({ entries: [], duplicates: [] });
  });

  it('tells object ids from principal names and compares without case', () => {
    expect(isObjectId(' 3C1F7A0E-5D2B-4C8E-9A61-0C0A00000001 ')).to.equal(true);
    expect(isObjectId('ann@contoso.com')).to.equal(false);
    expect(entryKey(' Ann@Contoso.com ')).to.equal('ann@contoso.com');
  });

  it('reads CSV as RFC 4180 says: quoted delimiters, doubled quotes, line breaks in quotes, CRLF, semicolons', () => {
    expect(csvRows('a,"b,c","say ""hi"""\r\n"two\nlines",x')).to.deep.equal([['a', 'b,c', 'say "hi"'], ['two\nlines', 'x']]);
    expect(csvRows('UserPrincipalName;Name\nann@x.test;Ann\n')).to.deep.equal([['UserPrincipalName', 'Name'], ['ann@x.test', 'Ann']]);
    expect(csvRows('')).to.deep.equal([]);
  });

  it('takes several entries from one line of a plain list', () => {
    expect(parseUserList('ann@contoso.com, bo@contoso.com').entries).to.deep.equal(['ann@contoso.com', 'bo@contoso.com']);
  });
});
