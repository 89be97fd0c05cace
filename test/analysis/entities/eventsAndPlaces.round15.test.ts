import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('the place an event is named after is part of its name ("the Shanghai Jazz Festival")', () => {
  const text = 'Buyers crowded the 90th Canton Textile and Garment Fair, and fans flocked to the Shanghai Jazz Festival.';
  const ms = [at(text, 'Canton', 'location'), at(text, 'Textile and Garment Fair', 'misc'), at(text, 'Shanghai', 'location'), at(text, 'Jazz Festival', 'misc')];
  assert.deepEqual(run(text, ms), ['Canton Textile and Garment Fair/misc', 'Shanghai Jazz Festival/misc']);
});

test('a gala, a derby and a heritage listing are misc, not an organization or a place', () => {
  const text = 'The Lantern Night Gala drew viewers, the Milan Derby sold out, and the canal became a UNESCO World Heritage Site.';
  const ms = [at(text, 'Lantern Night Gala', 'location'), at(text, 'Milan Derby', 'organization'), at(text, 'UNESCO World Heritage Site', 'organization')];
  assert.deepEqual(run(text, ms), ['Lantern Night Gala/misc', 'Milan Derby/misc', 'UNESCO World Heritage Site/misc']);
});

test('after "of the" in a state\'s name, "and" begins another country ("the Republic of the Sudan and Chad")', () => {
  const text = 'Aid convoys crossed between the Republic of the Sudan and Chad on Monday.';
  const ms = [at(text, 'Republic', 'organization'), at(text, 'Sudan', 'location'), at(text, 'Chad', 'location')];
  assert.deepEqual(run(text, ms), ['Republic of the Sudan/location', 'Chad/location']);
});

test('a state that coordinates inside its name without the article stays one name ("the Republic of Trinidad and Tobago")', () => {
  const text = 'Officials of the Republic of Trinidad and Tobago signed the accord.';
  const ms = [at(text, 'Republic', 'organization'), at(text, 'Trinidad and Tobago', 'location')];
  assert.deepEqual(run(text, ms), ['Republic of Trinidad and Tobago/location']);
});

test('a kind of place written before a given name makes a place ("Fort Bragg", "Lake Victoria"), not a person', () => {
  const text = 'Troops left Fort Bragg, and fishermen on Lake Victoria reported low catches.';
  const ms = [at(text, 'Bragg', 'person'), at(text, 'Victoria', 'person')];
  assert.deepEqual(run(text, ms), ['Fort Bragg/location', 'Lake Victoria/location']);
});

test('an academic title is not part of a name ("Prof. Chen Hao of Fudan University")', () => {
  const text = 'Prof. Chen Hao of Fudan University led the survey.';
  const ms = [at(text, 'Prof. Chen Hao', 'person'), at(text, 'Fudan University', 'organization')];
  assert.deepEqual(run(text, ms), ['Chen Hao/person', 'Fudan University/organization']);
});

test('a name after a title that runs on with "of" is the person and where they work ("Professor Wu Lan of Nankai University")', () => {
  const text = 'Professor Wu Lan of Nankai University said the data were reliable.';
  const ms = [at(text, 'Wu Lan of Nankai University', 'organization')];
  assert.deepEqual(run(text, ms), ['Wu Lan/person', 'Nankai University/organization']);
});

test('an airshow is an event ("the Farnborough Airshow" is misc, not an organization)', () => {
  const text = 'Orders piled up at the Farnborough Airshow this week.';
  assert.deepEqual(run(text, [at(text, 'Farnborough Airshow', 'organization')]), ['Farnborough Airshow/misc']);
});

test('Games named by their host city stay two names, and the season is part of the Games ("Milan" + "Winter Olympics")', () => {
  const text = 'Skiers trained for the Milan Winter Olympics and the Dakar Youth Olympics.';
  const ms = [at(text, 'Milan', 'location'), at(text, 'Olympics', 'misc'), at(text, 'Dakar', 'location'), at(text, 'Olympics', 'misc', 'detected', 60)];
  assert.deepEqual(run(text, ms), ['Milan/location', 'Winter Olympics/misc', 'Dakar/location', 'Youth Olympics/misc']);
});

test('a number word in title case after "the" opens the name ("the Three Gorges Dam", "the Five Eyes")', () => {
  const text = 'Engineers inspected the Three Gorges Dam, and the Five Eyes partners met in Ottawa. The three firms agreed.';
  const ms = [at(text, 'Gorges Dam', 'location'), at(text, 'Eyes', 'organization'), at(text, 'Ottawa', 'location')];
  assert.deepEqual(run(text, ms), ['Three Gorges Dam/location', 'Five Eyes/organization', 'Ottawa/location']);
});

test('zoned areas are places, not bodies ("the Greater Bay Area", "Xiong\'an New Area", "… Free Trade Port")', () => {
  const text = 'Firms moved to the Greater Bay Area, Xiong\'an New Area and the Hainan Free Trade Port.';
  const ms = [at(text, 'Greater Bay Area', 'organization'), at(text, 'Xiong\'an New Area', 'organization'), at(text, 'Hainan Free Trade Port', 'organization')];
  assert.deepEqual(run(text, ms), ['Greater Bay Area/location', 'Xiong\'an New Area/location', 'Hainan Free Trade Port/location']);
});

test('a sports park is a venue, a place ("the Olympic Sports Centre")', () => {
  const text = 'The final was played at the Nanjing Olympic Sports Centre.';
  assert.deepEqual(run(text, [at(text, 'Nanjing Olympic Sports Centre', 'organization')]), ['Nanjing Olympic Sports Centre/location']);
});

test('a holiday week is a named period, misc ("Golden Week")', () => {
  const text = 'Hotels were full during Golden Week, operators said.';
  assert.deepEqual(run(text, [at(text, 'Golden Week', 'organization')]), ['Golden Week/misc']);
});

test('an autonomous region is a place, not a body ("Ningxia Hui Autonomous Region")', () => {
  const text = 'Ningxia Hui Autonomous Region expanded its vineyards.';
  assert.deepEqual(run(text, [at(text, 'Ningxia Hui Autonomous Region', 'organization')]), ['Ningxia Hui Autonomous Region/location']);
});
