import { describe, expect, it } from 'vitest';
import { reviewSeats } from './seat-review';

const year = { firstDay: '2015-01-01', lastDay: '2015-12-31' };
const seat = (id: string, personId: string, from: string, to?: string) => ({ id, personId, from, ...(to ? { to } : {}) });

describe('reviewing the seats a new chairmanship is offered', () => {
  const active = new Map([
    ['aslov', '2015-09-14'],
    ['nalbandian', '2014-11-02'],
  ]);
  const lastRecord = (personId: string): string | undefined => active.get(personId);

  it('leaves a seat that ended with the year unticked', () => {
    const [review] = reviewSeats([seat('a', 'aslov', '2013-11-28', '2015-12-31')], year, lastRecord);
    expect(review).toMatchObject({ doubts: ['ended'], ticked: false });
  });

  it('ticks a seat still held whose holder took part in the year', () => {
    const [review] = reviewSeats([seat('a', 'aslov', '2013-11-28')], year, lastRecord);
    expect(review).toMatchObject({ doubts: [], ticked: true });
  });

  it('doubts a seat held for more than five years, but keeps it ticked', () => {
    const [over, under] = reviewSeats([seat('l', 'aslov', '2010-12-30'), seat('m', 'aslov', '2011-01-01')], year, lastRecord);
    expect(over).toMatchObject({ doubts: ['long-held'], ticked: true });
    expect(under?.doubts).toEqual([]);
  });

  it('doubts a seat whose holder appears in nothing during the year', () => {
    const reviews = reviewSeats([seat('n', 'nalbandian', '2008-04-24'), seat('x', 'nobody', '2014-05-01')], year, lastRecord);
    expect(reviews.map((r) => r.doubts)).toEqual([['long-held', 'no-record'], ['no-record']]);
  });

  it('does not doubt a seat taken during the year for want of other records', () => {
    const [review] = reviewSeats([seat('n', 'newcomer', '2015-11-20')], year, lastRecord);
    expect(review?.doubts).toEqual([]);
  });

  it('asks about each seat’s holder without counting that seat itself', () => {
    const asked: [string, string][] = [];
    reviewSeats([seat('a', 'aslov', '2013-11-28')], year, (personId, except) => {
      asked.push([personId, except]);
      return undefined;
    });
    expect(asked).toEqual([['aslov', 'a']]);
  });
});
