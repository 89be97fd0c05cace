import assert from 'node:assert/strict';
import { test } from 'node:test';
import { executiveNames } from '../../../server/src/analysis/entities/executiveNames';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, run, shown } from './harmonizeHelpers';

const names = (text: string, ms: RawMention[]) => shown(text, executiveNames(text, ms));

test('capitalized words right after a company and a lower-case post are its holder ("BYD chairman Wang Chuanfu")', () => {
  const text = 'BYD chairman Wang Chuanfu said overseas sales would double.';
  assert.deepEqual(names(text, [at(text, 'BYD', 'organization')]), ['BYD/organization', 'Wang Chuanfu/person']);
});

test('a detection of part of the holder\'s name grows to the whole name ("Nio founder Li Bin", "Bin" alone)', () => {
  const text = 'Nio founder Li Bin unveiled a cheaper brand in Shanghai.';
  assert.deepEqual(names(text, [at(text, 'Nio', 'organization'), at(text, 'Bin', 'location'), at(text, 'Shanghai', 'location')]),
    ['Nio/organization', 'Li Bin/person', 'Shanghai/location']);
});

test('"chief executive" and "co-founder" are posts too, and the holder is found through the whole rule chain', () => {
  const text = 'Nvidia chief executive Jensen Huang met Baidu co-founder Robin Li in Beijing.';
  assert.deepEqual(run(text, [at(text, 'Nvidia', 'organization'), at(text, 'Baidu', 'organization'), at(text, 'Beijing', 'location')]),
    ['Nvidia/organization', 'Jensen Huang/person', 'Baidu/organization', 'Robin Li/person', 'Beijing/location']);
});

test('a weekday, a title-case line or a person before the post gives no holder', () => {
  const text = 'Geely chairman Monday announced cuts. Apple founder Steve Jobs Is Remembered Today. Li Bin founder Lee Wins.';
  assert.deepEqual(names(text, [at(text, 'Geely', 'organization'), at(text, 'Apple', 'organization'), at(text, 'Li Bin', 'person')]),
    ['Geely/organization', 'Apple/organization', 'Li Bin/person']);
});

test('a person the tagger found after the post keeps its span (an honorific before it stays out: "chairman Sir Alan Reed")', () => {
  const text = 'Tesco chairman Sir Alan Reed resigned.';
  assert.deepEqual(names(text, [at(text, 'Tesco', 'organization'), at(text, 'Alan Reed', 'person')]), ['Tesco/organization', 'Alan Reed/person']);
});
