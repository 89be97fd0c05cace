/**
 * Which organizations a class noun can name again. "The company", "the firm" or "the carmaker" is a business: it never
 * names a ministry, a court or a parliament spoken of in between ("Apple was sued by the Justice Department. … “…,”
 * the company said" is Apple). Other class nouns ("the group", "the agency", "the organization") are left open.
 */

/** Class nouns that name only a business. */
const BUSINESS_HEAD = /^(?:company|firm|lender|insurer|carrier|airline|automaker|carmaker|chipmaker|drugmaker|maker|manufacturer|conglomerate|retailer|startup|operator|broadcaster)$/;

/** Words in the name of a public body: a state's department, court, legislature, armed force, or an international body. */
const PUBLIC_BODY_WORD = /\b(?:Ministry|Department|Court|Tribunal|Commission|Parliament|Congress|Senate|Assembly|Government|Cabinet|Council|Committee|Police|Army|Navy|Forces|Embassy|Consulate|Bureau|Administration|Authority|Secretariat|Nations|Agency|University|Party)\b/;

/** Whether the class noun `head` ("company") can name again the organization called `name`. */
export function classFits(head: string, name: string): boolean {
  return !(BUSINESS_HEAD.test(head) && PUBLIC_BODY_WORD.test(name));
}
