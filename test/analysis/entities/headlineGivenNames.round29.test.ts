import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { headlineNames } from '../../../server/src/analysis/entities/headlineNames';
import { NO_GAZETTEER, placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { at, shown } from './harmonizeHelpers';

// Headlines and stories written for these tests, in the style of 2020s sports and wire reporting.
const analyzer = createAnalyzer();
const people = (text: string) => analyzer.analyze(text).mentions.filter((m) => m.type === 'person').map((m) => m.text);

const STAGE = 'Kiara Mendoza Wins Tour Stage As Rivals Falter\n'
  + 'Mendoza, 24, attacked on the final climb on Saturday to finish 40 seconds clear of the favourites.\n'
  + 'The Colombian rider, who joined the team Movistar last year, had never won a stage of a Grand Tour before.\n'
  + '"I felt strong on the last kilometres," Mendoza told reporters at the finish.';

test('a title-case headline keeps the full name of a person the article names by surname alone ("Kiara Mendoza Wins …" over "Mendoza, 24, …")', () => {
  assert.equal(people(STAGE)[0], 'Kiara Mendoza');
});

test('a given name is taken back into the person\'s run only when a gazetteer lists it or it is a rare word', () => {
  const ms = [at(STAGE, 'Kiara Mendoza', 'person'), at(STAGE, 'Mendoza', 'person', 'detected', 10), at(STAGE, 'Colombian', 'misc'), at(STAGE, 'Movistar', 'organization')];
  const withGiven = placesGazetteer([], [], [], {}, ['Kiara']);
  assert.deepEqual(shown(STAGE, headlineNames(STAGE, ms, [], withGiven)).slice(0, 2), ['Kiara Mendoza/person', 'Mendoza/person']);
  assert.deepEqual(shown(STAGE, headlineNames(STAGE, ms, [], NO_GAZETTEER)).slice(0, 2), ['Mendoza/person', 'Mendoza/person']);
});

test('a rare word after a surname named alone in the article is the given name of a name written surname first ("Ruan Jiaxin Takes Gold")', () => {
  const text = 'Ruan Jiaxin Takes Gold As China Tops Medal Table\n'
    + 'Ruan, 19, won the women\'s 10-metre platform on Sunday, well ahead of the Canadian and Australian divers.\n'
    + '"I just tried to stay calm," Ruan told reporters after the final in Fukuoka.';
  const ms = [at(text, 'Ruan Jiaxin', 'person'), at(text, 'China', 'location'), at(text, 'Ruan', 'person', 'detected', 10), at(text, 'Canadian', 'misc'), at(text, 'Fukuoka', 'location')];
  const gz = placesGazetteer(['China', 'Fukuoka'], [], ['Jiaxin']);
  assert.deepEqual(shown(text, headlineNames(text, ms, [], gz)).slice(0, 2), ['Ruan Jiaxin/person', 'China/location']);
});

test('a headline\'s verb after a surname stays out of the person, however rare ("Vasquez Clinches Gold")', () => {
  const text = 'Vasquez Clinches Gold As Peru Celebrates\n'
    + 'Vasquez, 21, swam the 200 metres butterfly in record time on Sunday in Budapest.\n'
    + '"I did not expect it tonight," Vasquez said after the race.';
  const ms = [at(text, 'Vasquez Clinches', 'person'), at(text, 'Peru', 'location'), at(text, 'Vasquez', 'person', 'detected', 10), at(text, 'Budapest', 'location')];
  const gz = placesGazetteer(['Peru', 'Budapest'], [], ['Clinches']);
  assert.deepEqual(shown(text, headlineNames(text, ms, [], gz)).slice(0, 2), ['Vasquez/person', 'Peru/location']);
});
