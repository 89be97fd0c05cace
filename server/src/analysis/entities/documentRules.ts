import type { RawMention, Token } from '../types';
import { NO_GAZETTEER, type Gazetteer } from './gazetteer';
import { acronymSpans } from './acronymSpans';
import { andCompanies } from './andCompanies';
import { acronymPeople } from './acronymPeople';
import { acronymTitles } from './acronymTitles';
import { actingCompanies } from './actingCompanies';
import { airlineShortForms } from './airlineShortForms';
import { artworkNames } from './artworkNames';
import { attributiveLeaders } from './attributiveLeaders';
import { retypeArtifactNames } from './artifactNames';
import { dropCalendarRanges } from './calendarRanges';
import { camelCaseNames } from './camelCaseNames';
import { dropCommonPlurals } from './commonPlurals';
import { openingParticiples } from './openingParticiples';
import { dropGenericAcronyms } from './genericAcronyms';
import { lowerCaseWords } from './lowerCaseWords';
import { clippedNames } from './clippedNames';
import { clubSides } from './clubSides';
import { clubShortForms } from './clubShortForms';
import { cityNames } from './cityNames';
import { splitCoordinatedNames } from './coordinatedNames';
import { craftNames } from './craftNames';
import { retypeDemonyms } from './demonymPlurals';
import { demonymBodies } from './demonymBodies';
import { designations } from './designations';
import { versionedNames } from './versionedNames';
import { retypeDocumentNames } from './documentNames';
import { envoyNames } from './envoyNames';
import { eventAcronyms } from './eventAcronyms';
import { eventNames } from './eventNames';
import { festivalNames } from './festivalNames';
import { eventPlurals } from './eventPlurals';
import { executiveNames } from './executiveNames';
import { forumAcronyms } from './forumAcronyms';
import { joinForNames } from './forNames';
import { dropHeadlineLabels } from './headlineLabels';
import { headlineNames, shoutedNames } from './headlineNames';
import { splitLocatedNames } from './locatedNames';
import { hyphenCompounds } from './hyphenCompounds';
import { makerModels } from './makerModels';
import { makerProducts } from './makerProducts';
import { trimMentionEdges } from './mentionEdges';
import { namedDays } from './namedDays';
import { numberedNames } from './numberedNames';
import { dropPageFurniture } from './pageFurniture';
import { quotedGreetings } from './quotedGreetings';
import { retypeOrganizationHeads } from './organizationHeads';
import { partyLevels } from './partyLevels';
import { partyNames } from './partyNames';
import { partyCues } from './partyCues';
import { personAppositions } from './personAppositions';
import { possessiveNames } from './possessiveNames';
import { possessivePlaces } from './possessivePlaces';
import { placeHeads } from './placeHeads';
import { unitPlaces } from './unitPlaces';
import { placePrefixes } from './placePrefixes';
import { placeEndings } from './placeEndings';
import { placesAfterIn } from './placesAfterIn';
import { hostPlaces } from './hostPlaces';
import { productKinds } from './productKinds';
import { platformNames } from './platformNames';
import { prizeNames } from './prizeNames';
import { productNames } from './productNames';
import { respelledPlaces } from './respelledPlaces';
import { rulerTitles } from './rulerTitles';
import { joinSplitNames } from './splitNames';
import { joinVenueNames } from './joinedVenueNames';
import { lowerCaseCompanies } from './lowerCaseCompanies';
import { stageNames } from './stageNames';
import { sportNames } from './sportNames';
import { placeCompanies } from './placeCompanies';
import { employerNames } from './employerNames';
import { knownCompanyPlaces } from './knownCompanyPlaces';
import { awardedWorks } from './awardedWorks';
import { fundingInvestors } from './fundingInvestors';
import { surnameFirms } from './surnameFirms';
import { companyPronouns } from './companyPronouns';
import { dottedNames } from './dottedNames';
import { coordinatedCompanies } from './coordinatedCompanies';
import { liturgyMass } from './liturgyMass';
import { stateNames } from './stateNames';
import { stormNames } from './stormNames';
import { surnamePeople } from './surnamePeople';
import { unknownPlacePeople } from './unknownPlacePeople';
import { speakingSubjects } from './speakingSubjects';
import { givenNamePeople } from './givenNamePeople';
import { captionPeople } from './captionPeople';
import { surnameFullNames } from './surnameFullNames';
import { hyphenatedGivenNames } from './hyphenatedGivenNames';
import { whoAcronym } from './whoAcronym';
import { workTitles } from './workTitles';
import { workRuns } from './workRuns';
import { joinChineseSurnames } from './chineseSurnames';
import { termAcronymsAsMisc } from './termAcronyms';
import { teamNames } from './teamNames';
import { staffCredits } from './staffCredits';
import { timeZones } from './timeZones';
import { facilityNames } from './facilityNames';
import { familyNames } from './familyNames';
import { vietnameseNames } from './vietnameseNames';
import { toNames } from './toNames';
import { monthWordNames } from './monthWordNames';

/**
 * One document rule: what the whole article says of a name mends or re-types its detected mentions. Each rule is a
 * pure function over the article's mentions (absolute offsets, sorted by start) and keeps the mentions a person tagged
 * or confirmed as they are. It may also ask the recognizer's gazetteer what it knows of a name (`gazetteer.ts`:
 * "is this a known place?"); most rules read only the text.
 */
export interface DocumentRule {
  readonly name: string;
  readonly apply: (text: string, mentions: RawMention[], tokens: Token[], gazetteer: Gazetteer) => RawMention[];
}

/** Applies rules in order. */
export function applyRules(rules: readonly DocumentRule[], text: string, mentions: RawMention[], tokens: Token[], gazetteer: Gazetteer = NO_GAZETTEER): RawMention[] {
  return rules.reduce((out, rule) => rule.apply(text, out, tokens, gazetteer), mentions);
}

/** Repairs of the tagger's spans, before any vote on types: what is and is not part of one name. */
export const SPAN_REPAIRS: readonly DocumentRule[] = [
  { name: 'calendar ranges and eras ("Monday-Friday", the "BC" of "221 BC" are no names)', apply: dropCalendarRanges },
  { name: 'hyphen compounds ("Portuguese-flagged" names "Portuguese")', apply: hyphenCompounds },
  { name: 'labels before a headline ("Photos:", "Explainer:")', apply: dropHeadlineLabels },
  { name: 'page furniture on a line of its own ("ADVERTISEMENT")', apply: dropPageFurniture },
  { name: 'greetings in another language opening a quotation ("Ça va", "Grazie mille")', apply: quotedGreetings },
  { name: 'plural nouns opening a sentence ("Airlines including …")', apply: dropCommonPlurals },
  { name: 'participles opening a sentence ("Born in Belo Horizonte, …")', apply: openingParticiples },
  { name: 'the liturgy is no name ("his first Mass", "Christmas Mass")', apply: liturgyMass },
  { name: 'words opening a sentence that the article writes in lower case elsewhere ("Café owners" … "the café")', apply: lowerCaseWords },
  { name: 'short forms of lower-case terms are misc ("electric vehicles (EVs)")', apply: termAcronymsAsMisc },
  { name: 'acronyms used as common nouns are no names ("AI chips", "China\'s GDP", "its IPO")', apply: dropGenericAcronyms },
  { name: 'mention edges (titles, clause words)', apply: trimMentionEdges },
  { name: 'names ending in their sport ("Major League Soccer", "USA Basketball")', apply: sportNames },
  { name: 'a ruler\'s title and the place ruled ("the Emir of Qatar" → "Qatar")', apply: rulerTitles },
  { name: 'companies named "X and Y" or "X & Y" ("Procter and Gamble", "Marks & Spencer")', apply: andCompanies },
  { name: 'a nation\'s adjective opening a national body\'s name ("the Chinese Football Association")', apply: demonymBodies },
  { name: 'coordinated names ("Tsinghua University and Peking University")', apply: splitCoordinatedNames },
  { name: 'venues and events whose words hold "and" ("Harbin Ice and Snow World")', apply: joinVenueNames },
  { name: 'institutions named "… for …" ("Institute for Strategic Studies")', apply: joinForNames },
  { name: 'names and where they are ("World Economic Forum in Davos")', apply: splitLocatedNames },
  { name: 'split names ("Liu" + "He", "bin")', apply: joinSplitNames },
  { name: 'a person\'s possessive run into the name after it ("Trump\'s Truth Social")', apply: possessiveNames },
  { name: 'a leader named before the seat of their government ("the Hegseth Pentagon", "the Trump White House")', apply: attributiveLeaders },
  { name: 'places named with a saint\'s possessive ("St. Peter" + "Square" → "St. Peter\'s Square")', apply: possessivePlaces },
  { name: 'number words opening a name ("the Three Gorges Dam")', apply: numberedNames },
  { name: 'Chinese surnames and given names that are also words ("He Lifeng", "Lei Jun")', apply: joinChineseSurnames },
  { name: 'people named with a month word ("Theresa May", "June Carter", "Ms May")', apply: monthWordNames },
  { name: 'names in a title-case headline, as the article names them ("Xi Calls For …" → "Xi")', apply: headlineNames },
];

/**
 * Rules after the document vote on types, in order (a later rule sees what the earlier ones made): institutions by
 * their head word, documents, bracketed acronyms, places by their head word (after the acronyms, which join the words
 * they abbreviate: "the Hong Kong Special Administrative Region (HKSAR)"), respelled places, clipped names, groups,
 * diplomats' titles, states, named days, storms, model designations, party levels and party names, posts only people hold, names after a
 * company's post, products, platforms and makers' models,
 * makers acting as companies, companies named in lower case, events, prizes, artifacts, demonyms.
 */
export const TYPE_RULES: readonly DocumentRule[] = [
  { name: 'organization heads ("… Ministry", "… University")', apply: retypeOrganizationHeads },
  { name: 'staff a wire story credits ("By Mari Yamaguchi", "(Reporting by …; Editing by Li Na)")', apply: staffCredits },
  { name: 'time zones ("2:14 PM GMT+8")', apply: timeZones },
  { name: 'a place opening a longer known organization ("Paris" of "Paris Saint-Germain")', apply: placePrefixes },
  { name: 'a place ending a longer known organization ("Madrid" of "Real Madrid\'s" opening a caption)', apply: placeEndings },
  { name: 'airlines by their short form ("China Southern Airlines" … "China Southern")', apply: airlineShortForms },
  { name: 'clubs by their short form ("Manchester City" … "City")', apply: clubShortForms },
  { name: 'no person is named "… City" or "… United" ("Orlando City beat …", "Quezon City")', apply: cityNames },
  { name: 'clubs named by home and nickname ("the Indiana Fever", "the Utah Jazz")', apply: teamNames },
  { name: 'clubs named after their city, in the match around them ("Real Madrid beat Valencia" … "past Valencia")', apply: clubSides },
  { name: 'document names ("the Paris Agreement")', apply: retypeDocumentNames },
  { name: 'acronyms defined in brackets', apply: acronymSpans },
  { name: 'works of engineering named in several pieces ("Grand Ethiopian" + "Renaissance Dam")', apply: facilityNames },
  { name: 'place heads ("Second Thomas Shoal", "Hong Kong SAR")', apply: placeHeads },
  { name: 'administrative units named before their noun ("Lao Cai province", "Kherson oblast")', apply: unitPlaces },
  { name: 'places after "in" ("in Jackson Hole")', apply: placesAfterIn },
  { name: 'hosts of the Games, a World Cup or an Expo ("Brisbane would host the 2032 Games")', apply: hostPlaces },
  { name: 'places respelled since the tagger\'s news ("Kyiv", "Türkiye", "Hà Nội")', apply: respelledPlaces },
  { name: 'Vietnamese people written with their tone marks ("Nguyễn Phú Trọng")', apply: vietnameseNames },
  { name: 'surnames of families ("the Kennedy family")', apply: familyNames },
  { name: '"To" opening a name before a verb ("To Lam visited …")', apply: toNames },
  { name: 'clipped names ("LegCo")', apply: clippedNames },
  { name: 'acronyms before a title ("ECB President Christine Lagarde")', apply: acronymTitles },
  { name: 'acronyms are no people ("told CGTN")', apply: acronymPeople },
  { name: 'coined company names ("DeepSeek", "PowerChina")', apply: camelCaseNames },
  { name: '"WHO" in capitals', apply: whoAcronym },
  { name: 'groups and conferences ("G20", "COP28")', apply: forumAcronyms },
  { name: 'envoys ("Ambassador to Japan Kong Xuanyou")', apply: envoyNames },
  { name: 'formal state names ("the Islamic Republic of Iran")', apply: stateNames },
  { name: 'named days', apply: namedDays },
  { name: 'storms', apply: stormNames },
  { name: 'model designations ("Shenzhou-11")', apply: designations },
  { name: 'names with a version or a model number ("Qwen 2.5", "the Ariane 6 rocket")', apply: versionedNames },
  { name: 'party levels ("a Village Party secretary")', apply: partyLevels },
  { name: 'posts only people hold ("Tu Xinquan, dean of …")', apply: personAppositions },
  { name: 'names after a company\'s post ("Xiaomi founder Lei Jun")', apply: executiveNames },
  { name: 'people named by surname alone ("Modi met Xi", "Xi\'s visit")', apply: surnamePeople },
  { name: 'people the tagger called places, by a cue no place fits ("according to Rahimov,", "Costa, who …")', apply: unknownPlacePeople },
  { name: 'unknown one-word names opening a sentence as a speaker ("Hegseth warned …")', apply: speakingSubjects },
  { name: 'a given name and an unknown surname the tagger doubted ("Jannik Sinner won …")', apply: givenNamePeople },
  { name: 'a team\'s or a country\'s player in a photo caption ("Real Madrid\'s Kylian Mbappe celebrates")', apply: captionPeople },
  { name: 'full names of a surname named alone as a person ("Pep Guardiola" … "Guardiola said")', apply: surnameFullNames },
  { name: 'hyphenated given names ("The Lai Ching-te administration")', apply: hyphenatedGivenNames },
  { name: 'party names ("Komeito, the junior coalition partner")', apply: partyNames },
  { name: 'parties before a politician\'s post or "party" ("Green lead candidate X", "the Free Voters party")', apply: partyCues },
  { name: 'apps and chatbots ("WeChat", "Ernie Bot")', apply: productNames },
  { name: 'platforms where something is posted ("posted on X")', apply: platformNames },
  { name: 'names of a kind of product ("the Kirin chip", "its HarmonyOS operating system")', apply: productKinds },
  { name: 'makers\' models ("the Boeing 737 MAX")', apply: makerModels },
  { name: 'a known company\'s product after a determiner ("the Tesla Cybertruck")', apply: makerProducts },
  { name: 'makers acting as companies ("Airbus said")', apply: actingCompanies },
  { name: 'companies named in lower case ("eBay said", "AI firm iFlytek")', apply: lowerCaseCompanies },
  { name: 'venture firms named with a title\'s word, in a funding round ("led by General Catalyst")', apply: fundingInvestors },
  { name: 'venture firms named after their founders, in a funding round ("led by Andreessen Horowitz")', apply: surnameFirms },
  { name: 'unknown names a company\'s cue shows to be no place ("invested $8 billion in X", "made by X")', apply: placeCompanies },
  { name: 'employers after a job noun ("an engineer at DJI", "a spokeswoman for Baidu")', apply: employerNames },
  { name: 'companies named like a region or a river, acting as companies ("Amazon has invested $4 billion in …")', apply: knownCompanyPlaces },
  { name: 'companies that speak of themselves as "it" ("X said it had raised …")', apply: companyPronouns },
  { name: 'brands written as a web address ("Ele.me", "Booking.com")', apply: dottedNames },
  { name: 'coined brands listed with companies ("Ele.me and Meituan")', apply: coordinatedCompanies },
  { name: 'performers by a stage name of common words ("Burna Boy performed", "The Weeknd\'s tour", "DJ Black Coffee")', apply: stageNames },
  { name: 'events ("Belt and Road Forum", "… Summit")', apply: eventNames },
  { name: 'festivals named by one coined word, known by an edition or a jury ("this year\'s Berlinale", "the Berlinale jury")', apply: festivalNames },
  { name: 'an acronym naming a show before its noun ("the GTC conference") is an event', apply: eventAcronyms },
  { name: 'events named in the plural ("the last five Clasicos")', apply: eventPlurals },
  { name: 'prizes with their field ("the Nobel Prize in Physics")', apply: prizeNames },
  { name: 'artifacts', apply: retypeArtifactNames },
  { name: 'ships and spacecraft ("the aircraft carrier Fujian", "USS Ronald Reagan", "the rover Zhurong")', apply: craftNames },
  { name: 'titles of works in quotation marks (\'the film "Ne Zha 2"\')', apply: workTitles },
  { name: 'works by their run or their sales ("X grossed …", "X: Y sold 10 million copies")', apply: workRuns },
  { name: 'films and series that sweep a ceremony ("X won seven Oscars")', apply: awardedWorks },
  { name: 'famous works of art named without a cue ("the Mona Lisa", "The Last Supper")', apply: artworkNames },
  { name: 'demonyms', apply: retypeDemonyms },
  { name: 'names in a headline in capitals take the type the article gives them ("KHAN YOUNIS")', apply: shoutedNames },
];
