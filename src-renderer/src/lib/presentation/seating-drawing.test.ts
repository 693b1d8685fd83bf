import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../domain/seating';
import { seatingDrawing, seatingSvg } from './seating-drawing';

const plan = (order: string[], guests: string[] = []) =>
  layoutPlan({ shape: 'round', seatsPerDelegation: 2, booths: 1, order, guests, secretariat: 1 });

/** The text of each <text> element of an SVG file, in document order, entities decoded. */
const texts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, t]) =>
    (t ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('the seating plan as an SVG file', () => {
  const labels = new Map([
    ['in', 'India'],
    ['kz', 'Kazakhstan'],
    ['cn', 'China'],
    ['sg', 'SCO Secretariat'],
  ]);

  it('draws the chair, then the delegations in seating order, the guests, and the booths', () => {
    const svg = seatingSvg(seatingDrawing(plan(['kz', 'in', 'cn'], ['sg']), labels, 'en'), 'Seating plan drawing');
    expect(texts(svg)).toEqual([
      'Guests and observers',
      'Chair',
      '1',
      'Kazakhstan',
      '2',
      'India',
      '3',
      'China',
      'Secretariat',
      '4',
      'SCO Secretariat',
      'Booth 1',
    ]);
    expect(svg).toContain('<title>Place 2: India</title>');
  });

  it('writes its labels in the document language', () => {
    const svg = seatingSvg(seatingDrawing(plan(['in']), new Map([['in', 'Индия']]), 'ru'), 'Схема рассадки');
    expect(texts(svg)).toEqual(['Председатель', '1', 'Индия', 'Секретариат', 'Кабина 1']);
  });

  it('escapes a delegation name that looks like markup, so that the file stays well-formed', () => {
    const odd = new Map([['x', 'A<&"B\'s']]);
    const svg = seatingSvg(seatingDrawing(plan(['x']), odd, 'en'), 'Plan <1> & "2"');
    expect(svg).toContain('A&lt;&amp;&quot;B&apos;s');
    expect(svg).not.toContain('A<&');
    expect(svg).toContain('aria-label="Plan &lt;1&gt; &amp; &quot;2&quot;"');
    expect(texts(svg)).toContain('A<&"B\'s');
    // Every element closes: no stray markup from the name.
    const open = [...svg.matchAll(/<[a-z]+\b[^>]*>/g)].filter(([tag]) => !tag.endsWith('/>')).length;
    const close = (svg.match(/<\/[a-z]+>/g) ?? []).length;
    expect(open).toBe(close);
  });

  it('names its font and paints every shape itself: no CSS classes, no style sheet', () => {
    const svg = seatingSvg(seatingDrawing(plan(['in', 'kz'], ['sg']), labels, 'en'), 'Seating plan drawing');
    expect(svg).not.toMatch(/\sclass=|<style/);
    for (const line of svg.match(/<text[^>]*>/g) ?? []) expect(line).toContain('font-family="&apos;Noto Sans&apos;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+" viewBox=/);
  });
});
