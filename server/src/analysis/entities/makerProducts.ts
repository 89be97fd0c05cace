import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * A known company's name and one more capitalized word after a determiner name the company's product, misc in the
 * CoNLL scheme: "the Tesla Cybertruck", "a Google Pixel", "the Nintendo Switch". A tagger that sees the company reads
 * the whole as an organization. A detected organization of two words, after "the", "a", "an", "its" or "their",
 * whose first word the company gazetteer lists and whose second is no word of an organization's, a facility's or a
 * unit's name ("the Ford Foundation", "the Samsung Electronics", "the Tesla Gigafactory", "the Alibaba Cloud") becomes
 * misc, unless a noun for its staff follows ("a Towers Perrin principal"). Model numbers are `makerModels.ts`'s. Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** Two words, the second no plural: "the Texas Rangers", "the Miami Heat"'s kind of name is a team's. */
const TWO_WORDS = /^(\p{Lu}[\p{L}&-]*) (\p{Lu}\p{Ll}[\p{L}-]*(?<!s))$/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) $/u;
/** Second words of organizations, facilities and business units named after a company. */
const NOT_A_PRODUCT = new Set([
  'Group', 'Foundation', 'Motor', 'Motors', 'Electronics', 'Holdings', 'Holding', 'Corp', 'Corporation', 'Company', 'Co',
  'Inc', 'Ltd', 'Limited', 'Bank', 'Capital', 'Securities', 'Insurance', 'Airlines', 'Airways', 'Air', 'Energy', 'Power',
  'Pharmaceuticals', 'Pharma', 'Labs', 'Lab', 'Research', 'Ventures', 'Studios', 'Studio', 'Pictures', 'Entertainment',
  'Music', 'Cloud', 'Pay', 'Financial', 'Finance', 'International', 'Technologies', 'Technology', 'Tech', 'Systems',
  'Solutions', 'Industries', 'Chemical', 'Chemicals', 'Steel', 'Mobile', 'Telecom', 'Media', 'Games', 'Auto',
  'Automotive', 'Aerospace', 'Defense', 'Defence', 'Shipping', 'Logistics', 'Express', 'Center', 'Centre', 'Institute',
  'Academy', 'University', 'Hospital', 'Stadium', 'Arena', 'Tower', 'Building', 'Park', 'Prize', 'Award', 'Cup', 'Open',
  'Trophy', 'Board', 'Museum', 'Store', 'Stores', 'Factory', 'Gigafactory', 'Plant', 'Campus', 'Headquarters', 'Team',
  'Racing', 'Foods', 'Brands', 'Partners', 'Fund', 'Trust', 'Global', 'Health', 'Healthcare', 'Network', 'Networks',
  'Semiconductor', 'Semiconductors', 'Robotics', 'Vehicles', 'Cars', 'Trucks', 'Rail', 'Railway', 'Railways',
  'Department', 'Ministry', 'Office', 'Daily', 'Force', 'Army', 'Navy', 'Guard', 'Council', 'Party', 'Times', 'Post',
  'Journal', 'Herald', 'Tribune', 'Telegraph', 'Gazette', 'Review', 'Weekly', 'Magazine', 'Radio', 'Television', 'Club',
  'League', 'Union', 'Association', 'Federation', 'Agency', 'Authority', 'Commission', 'Committee', 'Court', 'Exchange',
  'Market', 'Reserve', 'Treasury', 'Parliament', 'Senate', 'Congress', 'Assembly', 'Church', 'School', 'College',
  'Broadcasting', 'Sox',
]);

/** A noun for someone who works for the name after it: a firm has staff, a product has none ("a Towers Perrin principal"). */
const STAFF_AFTER = /^ (?:principal|executive|spokes(?:man|woman|person)|analyst|official|employee|engineer|director|chief|manager|founder|worker|staff|economist|partner|board|shareholder)s?\b/;

export function makerProducts(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.type !== 'organization' || m.origin !== 'detected' || m.end - m.start > 40) return;
    const words = TWO_WORDS.exec(text.slice(m.start, m.end));
    if (!words || NOT_A_PRODUCT.has(words[2]) || !DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start))) return;
    if (STAFF_AFTER.test(text.slice(m.end, m.end + 16))) return;
    if (!gazetteer.isKnownCompany(words[1]) || gazetteer.isKnownPlace(words[1]) || gazetteer.isKnownCompany(words[2]) || gazetteer.isKnownPlace(words[2])) return;
    out ??= mentions.slice();
    out[i] = { ...m, type: 'misc' };
  });
  return out ?? mentions;
}
