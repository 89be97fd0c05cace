import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { captionCredit, creditedPhotographer, isCaption } from '../../../server/src/analysis/structure/captions';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const slice = (line: string, span: { start: number; end: number } | null) => (span ? line.slice(span.start, span.end) : null);
const credit = (line: string) => [isCaption(line), slice(line, captionCredit(line)), slice(line, creditedPhotographer(line))];

test('a caption ending in a bare agency after a slash ("/Xinhua", "/AFP", "/China News Service") is a caption', () => {
  assert.deepEqual(credit('Premier Li Qiang meets President Lula in Rio de Janeiro, Brazil, Nov. 18, 2024. /Xinhua'), [true, 'Xinhua', null]);
  assert.deepEqual(credit('A man wades through floodwater in Yenagoa, Nigeria, Oct. 12, 2024. /AFP'), [true, 'AFP', null]);
  assert.deepEqual(credit('Rescuers search for survivors in Yunnan Province, Jan. 22, 2024 /China News Service'), [true, 'China News Service', null]);
  assert.deepEqual(credit('Vendors sell lanterns at a market in Beijing. /CGTN'), [true, 'CGTN', null]);
});

test('an agency in capitals before the photographer ("REUTERS/Jane Doe/File Photo") is a caption crediting a person', () => {
  assert.deepEqual(credit('Health workers unload supplies in Port Sudan, Sudan, Oct. 4, 2024. REUTERS/Mohamed Ahmed'), [true, 'REUTERS/Mohamed Ahmed', 'Mohamed Ahmed']);
  assert.deepEqual(credit('Traders work on the floor of the exchange, Dec. 3, 2024. REUTERS/Jane Doe/File Photo'), [true, 'REUTERS/Jane Doe', 'Jane Doe']);
  assert.deepEqual(credit('Smoke rises over the city, Dec. 1, 2024. REUTERS/John Roe TPX IMAGES OF THE DAY'), [true, 'REUTERS/John Roe', 'John Roe']);
});

test('a credit naming the photographer first ("Photo by Jane Doe/Getty Images", "… via Getty Images") credits a person', () => {
  assert.deepEqual(credit('Runners compete in the marathon in Paris, France, Aug. 10, 2024. Photo by Jane Doe/Getty Images'), [true, 'Jane Doe/Getty Images', 'Jane Doe']);
  assert.deepEqual(credit('The president speaks in Washington, D.C., Sept. 20, 2024. Andrew Roe via Getty Images'), [true, 'Andrew Roe via Getty Images', 'Andrew Roe']);
  assert.deepEqual(credit('A rescuer searches the rubble in Hatay, Türkiye, Feb. 8, 2023. (Photo by Li Xin/Xinhua)'), [true, 'Li Xin/Xinhua', 'Li Xin']);
  assert.deepEqual(credit('Students visit an exhibition in Hangzhou, April 3, 2024. [Photo by Zhang Wei/China Daily]'), [true, 'Zhang Wei/China Daily', 'Zhang Wei']);
  assert.deepEqual(credit('Delegates attend the opening session in Baku, Nov. 11, 2024. (AP Photo/Jane Doe)'), [true, 'AP Photo/Jane Doe', 'Jane Doe']);
});

test('a credit with no person in it credits only the agency ("Handout via Reuters", "Screenshot/CGTN", "IC Photo")', () => {
  assert.deepEqual(credit('The volcano erupts on Sunday. Handout via Reuters'), [true, 'Reuters', null]);
  assert.deepEqual(credit('Passengers wait at the airport, Nov. 25, 2024. Screenshot/CGTN'), [true, 'CGTN', null]);
  assert.deepEqual(credit('A visitor looks at an exhibit at the museum in Beijing, China, May 18, 2024. IC Photo'), [true, 'IC', null]);
  assert.deepEqual(credit('A worker checks solar panels in Hami, March 2, 2024. [Photo/Xinhua]'), [true, 'Xinhua', null]);
});

test('a credit alone on its line ("File photo") is a caption, not a stray fragment', () => {
  const { blocks } = readStructure('Kenya to host climate summit\nCGTN\nFile photo\nKenya will host the summit next year, its minister said.');
  assert.deepEqual(blocks.map((b) => b.kind), ['title', 'source', 'caption', 'paragraph']);
});

test('slashes in prose, results lists and ratings are no photo credit', () => {
  for (const line of [
    'Most voters back the plan, a poll by Reuters (Reuters/Ipsos)',
    'Most voters back the plan, a Reuters/Ipsos survey of 1,000 adults found.',
    '1. Jane Doe (Britain) / Mary Major (France) / Ana Silva (Brazil)',
    'Rating: Aa3 / VMIG 1',
    'The hotline will run 24/7',
    'The photo, taken by a drone, went viral.',
  ]) assert.equal(isCaption(line), false, line);
});

test('a caption credited "/Xinhua" repeated verbatim points at its first occurrence and dates the article', () => {
  const caption = 'Fans celebrate in Buenos Aires, Argentina, Dec. 18, 2022. /Xinhua';
  const s = readStructure(`${caption}\nFans poured into the streets on Sunday.\n${caption}\nThe party went on.`);
  assert.deepEqual(s.blocks.map((b) => [b.kind, b.duplicateOf]), [['caption', undefined], ['paragraph', undefined], ['caption', 0], ['paragraph', undefined]]);
  assert.deepEqual([s.printedDate?.value, s.printedDate?.where], ['2022-12-18', 'caption']);
});

test('a quotation running across a caption credited "/VCG" keeps its first paragraph', () => {
  const text = 'Heavy rains flooded the city on Sunday.\n"Our homes are gone," said resident Mary Major.\n'
    + '"We have nowhere to sleep and the water is still rising.\n'
    + 'A boy carries belongings through a flooded street, Oct. 12, 2024. /VCG\n'
    + '"We need tents and clean water now," she added.';
  const quotes = createAnalyzer().analyze(text).quotes.map((q) => [text.slice(q.start, q.end).slice(0, 12), q.speaker?.name]);
  assert.deepEqual(quotes, [['"Our homes a', 'Mary Major'], ['"We have now', 'Mary Major'], ['"We need ten', 'Mary Major']]);
});

test('a credit alone on its line under the caption, photographer first and closed by a full stop, is a caption', () => {
  assert.deepEqual(credit('Jane Roe via Getty Images.'), [true, 'Jane Roe via Getty Images', 'Jane Roe']);
  assert.deepEqual(credit('Li Xin/Xinhua'), [true, 'Li Xin/Xinhua', 'Li Xin']);
  // prose that names an agency is not
  assert.equal(credit('Reporters from Reuters and Xinhua attended.')[0], false);
});
