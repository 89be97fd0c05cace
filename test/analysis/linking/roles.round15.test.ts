import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rolesOf } from './rolesOf';

test('a possessive title with a named complement written straight before a name is a role, as printed', () => {
  const text = 'Japan\'s ambassador to the European Union Kenji Sato said the talks were constructive.';
  assert.deepEqual(rolesOf(text, [['Japan', 'location'], ['European Union', 'organization'], ['Kenji Sato', 'person']], 'Kenji Sato'),
    ['ambassador', 'ambassador to the european union', 'japan\'s ambassador to the european union']);
});

test('a title whose complement is no name does not reach a name after it ("the envoy to the talks Kenji Sato" is no title)', () => {
  const text = 'Reporters asked the envoy to the talks about it, and Kenji Sato declined to answer.';
  assert.deepEqual(rolesOf(text, [['Kenji Sato', 'person']], 'Kenji Sato'), []);
});

test('heads of agencies and commissions are roles before a name ("ESA Administrator", "EU Health Commissioner")', () => {
  const text = 'ESA Administrator Anna Berg and EU Health Commissioner Piotr Nowak visited the lab.';
  assert.deepEqual(rolesOf(text, [['ESA', 'organization'], ['Anna Berg', 'person'], ['EU', 'organization'], ['Piotr Nowak', 'person']], 'Anna Berg'),
    ['administrator', 'esa administrator']);
  assert.deepEqual(rolesOf(text, [['ESA', 'organization'], ['Anna Berg', 'person'], ['EU', 'organization'], ['Piotr Nowak', 'person']], 'Piotr Nowak'),
    ['commissioner', 'eu health commissioner', 'health commissioner']);
});

test('occupations written before a name are roles ("Olympic champion", "Brazil striker")', () => {
  const text = 'Olympic champion Lin Hui and Brazil striker Paulo Lima opened the youth games.';
  assert.deepEqual(rolesOf(text, [['Olympic', 'misc'], ['Lin Hui', 'person'], ['Brazil', 'location'], ['Paulo Lima', 'person']], 'Lin Hui'),
    ['champion', 'olympic champion']);
  assert.deepEqual(rolesOf(text, [['Olympic', 'misc'], ['Lin Hui', 'person'], ['Brazil', 'location'], ['Paulo Lima', 'person']], 'Paulo Lima'),
    ['brazil striker', 'striker']);
});

test('the owner in the possessive before a title is part of the role ("Peru\'s Foreign Minister Elmer Schialer")', () => {
  const text = 'Peru\'s Foreign Minister Elmer Schialer arrived in Lima.';
  assert.deepEqual(rolesOf(text, [['Peru', 'location'], ['Elmer Schialer', 'person'], ['Lima', 'location']], 'Elmer Schialer'),
    ['foreign minister', 'minister', 'peru\'s foreign minister']);
});

test('a title-case title with a named complement, without determiner, is a role ("Chinese Ambassador to the UK Zheng Zeguang")', () => {
  const text = 'Chinese Ambassador to the UK Zheng Zeguang attended the reception.';
  assert.deepEqual(rolesOf(text, [['Chinese', 'misc'], ['UK', 'location'], ['Zheng Zeguang', 'person']], 'Zheng Zeguang'),
    ['ambassador', 'ambassador to the uk', 'chinese ambassador', 'chinese ambassador to the uk']);
});

test('a clause before a name is no title even when it holds a role noun ("Meeting the ambassador to Chile, …")', () => {
  const text = 'Meeting the ambassador to Chile, Zheng Zeguang spoke of trade.';
  assert.deepEqual(rolesOf(text, [['Chile', 'location'], ['Zheng Zeguang', 'person']], 'Zheng Zeguang'), []);
});

test('a title opened by title-case words with a lower-case role noun and a named complement is a role ("Former Kenyan envoy to Japan …")', () => {
  const text = 'Former Kenyan envoy to Japan Ruth Wanjiku said ties were strong.';
  assert.deepEqual(rolesOf(text, [['Kenyan', 'misc'], ['Japan', 'location'], ['Ruth Wanjiku', 'person']], 'Ruth Wanjiku'),
    ['envoy', 'envoy to japan', 'former kenyan envoy', 'former kenyan envoy to japan', 'kenyan envoy', 'kenyan envoy to japan']);
});

test('an expert or a fellow in an apposition is a role ("…, a senior fellow at …")', () => {
  const text = 'Omar Haddad, a senior fellow at the Gulf Research Center, said prices would fall.';
  assert.deepEqual(rolesOf(text, [['Omar Haddad', 'person'], ['Gulf Research Center', 'organization']], 'Omar Haddad'),
    ['fellow', 'fellow at the gulf research center', 'senior fellow', 'senior fellow at the gulf research center']);
});

test('a run of role nouns in an apposition after a name is one title too ("…, vice president of …")', () => {
  const text = 'Lena Park, vice president of the Korea Trade Association, said exports rose.';
  assert.deepEqual(rolesOf(text, [['Lena Park', 'person'], ['Korea Trade Association', 'organization']], 'Lena Park'), ['president', 'vice president']);
});

test('an apposition after a name that is a title with a named complement gives its whole wording ("X, Chile\'s ambassador to the UN, …")', () => {
  const text = 'Paula Vidal, Chile\'s permanent representative to the UN, said the vote mattered.';
  assert.deepEqual(rolesOf(text, [['Paula Vidal', 'person'], ['Chile', 'location'], ['UN', 'organization']], 'Paula Vidal'),
    ['chile\'s permanent representative to the un', 'permanent representative', 'permanent representative to the un', 'representative', 'representative to the un']);
});
