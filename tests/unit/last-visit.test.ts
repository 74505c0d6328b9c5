import { describe, expect, it } from 'vitest';
import { lastVisitKey, parseLastVisit } from '../../src/lib/site/last-visit';

const visit = { path: '/cks/cluster-setup/', pageTitle: 'Cluster Setup', anchor: 'q1', questionTitle: 'Q one' };

describe('the last visit', () => {
  it('is read back as stored for a page of this site', () => {
    expect(parseLastVisit(JSON.stringify(visit), '/cks/')).toEqual(visit);
  });

  it('is ignored when missing, not JSON, missing a field, or from another base on the same origin', () => {
    expect(parseLastVisit(null, '/cks/')).toBeNull();
    expect(parseLastVisit('{not json', '/cks/')).toBeNull();
    expect(parseLastVisit(JSON.stringify({ ...visit, anchor: 3 }), '/cks/')).toBeNull();
    expect(parseLastVisit(JSON.stringify(visit), '/ckad/')).toBeNull();
  });

  it('is kept under one key per site base', () => {
    expect(lastVisitKey('/')).toBe('cks-study:last-visit');
    expect(lastVisitKey('/cks/')).toBe('cks-study:last-visit:/cks/');
  });
});
