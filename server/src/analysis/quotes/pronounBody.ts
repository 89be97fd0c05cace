/**
 * What "it" stands for when the entity tagger found no organization before it: the body that was the speaker of the
 * quotation just before, named by a phrase whose head noun is an organization's ("The embassy in Manila said: “…”
 * It added that …"), in the same paragraph or the one before.
 */
import type { Block, Span, Speaker } from '../types';
import { isOrganizationPhrase } from './organizationKind';
import { previousParagraphStart } from './paragraphBounds';

/** The last speaker before `span`, from its paragraph or the one before, if it is an organization by its phrase. */
export function bodySpokenOf(previous: Speaker[], blocks: Block[], span: Span): Speaker | null {
  const floor = previousParagraphStart(blocks, span.start);
  const last = previous.filter((s) => s.end <= span.start && s.start >= floor).pop();
  // (a pronoun names no body: "it" again takes what the first "it" took, with the same name)
  if (!last || (last.text.toLowerCase() !== 'it' && !isOrganizationPhrase(last.text))) return null;
  return last.text.toLowerCase() === 'it' && last.name.toLowerCase() === 'it' ? null : last;
}
