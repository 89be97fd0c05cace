import type { Ctx } from '../ctx';
import { nextMention, previousMention, revealMention } from './mentions';
import { listQuotesOfEntity, pickSpeaker } from './quotes';
import { restartServer, showEntities, showOutput, treatAsArticle } from './general';
import { setArticleDate } from './articleDate';
import { askDateValue } from './dateValue';
import { tagAs, tagSelection } from './tagging';
import { changeEntityType } from './entityType';
import { exportAnnotations, importAnnotations, tagEverywhere } from './exchange';
import { redoAnnotation, reviewAccept, reviewChangeType, reviewNext, reviewReject, startReview, stopReview, undoAnnotation } from './review';

export type Command = (...args: any[]) => unknown;
export type CommandFactory = (ctx: Ctx) => Command;

/** Every command of the extension, by id (package.json `contributes.commands` lists the user-facing ones). */
export const COMMANDS: Record<string, CommandFactory> = {
  'articleAnnotator.treatAsArticle': treatAsArticle,
  'articleAnnotator.showEntities': showEntities,
  'articleAnnotator.showOutput': showOutput,
  'articleAnnotator.restartServer': restartServer,
  'articleAnnotator.nextMention': nextMention,
  'articleAnnotator.previousMention': previousMention,
  'articleAnnotator.revealMention': revealMention,
  'articleAnnotator.tagSelection': tagSelection,
  'articleAnnotator.tagAs.person': tagAs('person'),
  'articleAnnotator.tagAs.organization': tagAs('organization'),
  'articleAnnotator.tagAs.location': tagAs('location'),
  'articleAnnotator.tagAs.misc': tagAs('misc'),
  'articleAnnotator.tagAs.date': tagAs('date'),
  'articleAnnotator.tagAs.quote': tagAs('quote'),
  'articleAnnotator.tagAs.none': tagAs('none'),
  'articleAnnotator.pickSpeaker': pickSpeaker,
  'articleAnnotator.listQuotesOfEntity': listQuotesOfEntity,
  'articleAnnotator.setArticleDate': setArticleDate,
  'articleAnnotator.askDateValue': askDateValue,
  'articleAnnotator.review.start': startReview,
  'articleAnnotator.review.stop': stopReview,
  'articleAnnotator.review.next': reviewNext,
  'articleAnnotator.review.accept': reviewAccept,
  'articleAnnotator.review.reject': reviewReject,
  'articleAnnotator.review.changeType': reviewChangeType,
  'articleAnnotator.undoAnnotation': undoAnnotation,
  'articleAnnotator.exportAnnotations': exportAnnotations,
  'articleAnnotator.importAnnotations': importAnnotations,
  'articleAnnotator.tagEverywhere': tagEverywhere,
  'articleAnnotator.entities.changeType': changeEntityType,
  'articleAnnotator.entities.listQuotes': listQuotesOfEntity,
  'articleAnnotator.redoAnnotation': redoAnnotation,
};
