/**
 * Which organizations a class noun can name again. "The company", "the firm" or "the carmaker" is a business: it never
 * names a ministry, a court or a parliament spoken of in between ("Apple was sued by the Justice Department. … “…,”
 * the company said" is Apple). "The club" or "the team" never names the outlet it spoke to ("… told Sky Sports").
 * Other class nouns ("the group", "the agency", "the organization") are left open.
 */

/** Class nouns that name only a business. */
const BUSINESS_HEAD = /^(?:company|firm|lender|insurer|carrier|airline|automaker|carmaker|chipmaker|drugmaker|maker|manufacturer|conglomerate|retailer|startup|operator|broadcaster)$/;

/** Words in the name of a public body: a state's department, court, legislature, armed force, or an international body. */
export const PUBLIC_BODY_WORD = /\b(?:Ministry|Department|Court|Tribunal|Commission|Parliament|Congress|Senate|Assembly|Government|Cabinet|Council|Committee|Police|Army|Navy|Forces|Embassy|Consulate|Bureau|Administration|Authority|Secretariat|Nations|Agency|University|Party)\b/;

/** Class nouns that name a sports club or team, which is never the outlet that reports on it. */
const TEAM_HEAD = /^(?:club|team|side|franchise)$/;
/** Words in the name of a news outlet or broadcaster: "Sky Sports", "BBC Radio 5 Live", "The Athletic", "ESPN". */
const MEDIA_WORD = /\b(?:Sports?|News|TV|Television|Radio|Broadcasting|Broadcaster|Channel|Media|Press|Times|Post|Journal|Gazette|Herald|Tribune|Daily|Telegraph|Guardian|Athletic|Reuters|AFP|AP|BBC|CNN|ESPN|CGTN|Xinhua|Sky|DAZN)\b/;

/** Whether the class noun `head` ("company") can name again the organization called `name`. */
export function classFits(head: string, name: string): boolean {
  // ("the club" after "… told Sky Sports" is the club, not the broadcaster)
  return !(BUSINESS_HEAD.test(head) && PUBLIC_BODY_WORD.test(name)) && !(TEAM_HEAD.test(head) && MEDIA_WORD.test(name));
}

/** Head nouns that name a kind of organization, not the organization itself ("the company", "the agency"). */
export const ORGANIZATION_CLASS = /^(?:company|firm|group|agency|bank|lender|insurer|carrier|airline|automaker|carmaker|chipmaker|drugmaker|maker|manufacturer|giant|conglomerate|retailer|regulator|watchdog|organization|organisation|institution|broadcaster|startup|operator|club|team|charity|foundation|institute|academy)$/;

/**
 * Whether a noun phrase names an organization by its head noun, whatever the entity tagger made of it: "The Chinese
 * Embassy in Manila", "the Ministry of Commerce", "the carmaker" (the head: the last word before "in", "of", "at",
 * "for", a comma or a parenthesis).
 */
export function isOrganizationPhrase(phrase: string): boolean {
  const head = phrase.split(/\s+(?:in|of|at|for|on)\s+|[,(]/)[0].trim().split(/\s+/).pop() ?? '';
  return PUBLIC_BODY_WORD.test(head[0]?.toUpperCase() + head.slice(1)) || ORGANIZATION_CLASS.test(head.toLowerCase()) || BUSINESS_HEAD.test(head.toLowerCase());
}
