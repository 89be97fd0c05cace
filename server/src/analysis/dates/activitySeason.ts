/**
 * "this season", "last season", "next season" of a league or of the weather ("so far this season", "next hurricane
 * season"): a season of an activity, valued by the year it starts in, as a split year is ("the 2025-26 season" →
 * 2025). A definite "the season" tells no time of its own ("the season opens in June") and is left unmarked, as is a
 * season no word of sport or weather explains (of flu, fashion or holidays).
 */
import type { Ymd } from './calendar';

/** Words of sport that make "this season" a league's season, not a season of the year or of flu or harvest. */
const SPORT = /\b(?:goals?|scored|scorer|league|club|team|squad|coach|players?|matches|games|fixtures|points|titles?|championship|champions|tournament|race|races|wins|victories|defeats|draws|assists|rebounds|touchdowns|wickets|runs|transfer|signed|debut|playoffs?|cup|final|trophy|trophies|treble|penalties|NBA|CBA|NFL|Premier\s+League|Super\s+League|La\s+Liga|Serie\s+A|Bundesliga|Formula\s+One|F1)\b/i;

/** Leagues whose season runs across the new year (autumn to spring), named by the year it starts in. */
const ACROSS_YEARS = /\b(?:Premier\s+League|La\s+Liga|Serie\s+A|Bundesliga|Ligue\s+1|Eredivisie|Champions\s+League|Europa\s+League|FA\s+Cup|League\s+Cup|NBA|NHL|NFL|CBA|EuroLeague)\b/;
/** Leagues and series whose season lies within a calendar year (spring to autumn). */
const WITHIN_YEAR = /\b(?:Chinese\s+Super\s+League|CSL|MLB|MLS|WNBA|J1?\.?\s?League|K\s?League|Formula\s+One|F1|MotoGP|IndyCar|NASCAR|IPL)\b/;

/**
 * Seasons of weather and of the land that lie within a calendar year in the northern hemisphere, where most of the
 * news that names them is written: the Atlantic hurricane season (June to November), the typhoon and monsoon seasons,
 * China's flood season. Not flu, cyclone or bushfire seasons, which run across the new year.
 */
export const WITHIN_YEAR_KIND = '(?:hurricane|typhoon|monsoon|flood|rainy|wildfire|harvest|planting)';
/** Storms and rains a weather story about such a season names. */
const WEATHER = new RegExp(`\\b(?:${WITHIN_YEAR_KIND}|hurricanes|typhoons|monsoons|storms?|wildfires)\\b`, 'i');

/**
 * The value of "this season" (`offset` 0), "last season" (-1) or "next season" (1) told in `context` (its paragraph
 * around it), or null when nothing there tells what season it is; `calendar` when the season lies within the year of
 * its value, so that the months told after it in its sentence are of that year. `kind` is the word before "season"
 * ("this hurricane season"), if any.
 *
 * A weather season, or a league's within the year, is the reference year's. A league's across the new year has begun
 * by August, so from August on "this season" is this year's; earlier in the year it is last year's for a league that
 * runs across the new year, this year's for one within the year, and with no league named the two disagree and the
 * value stays underspecified: PAST_REF, PRESENT_REF, FUTURE_REF.
 */
export function activitySeasonValue(ref: Ymd, offset: number, kind: string | undefined, context: string): { value: string; calendar: boolean } | null {
  const sport = SPORT.test(context);
  if (kind || (WEATHER.test(context) && !sport)) return { value: String(ref.y + offset), calendar: true };
  if (!sport) return null;
  const across = ACROSS_YEARS.test(context);
  const within = WITHIN_YEAR.test(context);
  if (within && !across) return { value: String(ref.y + offset), calendar: true };
  if (ref.m >= 8) return { value: String(ref.y + offset), calendar: false };
  if (across && !within) return { value: String(ref.y - 1 + offset), calendar: false };
  return { value: offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF', calendar: false };
}
