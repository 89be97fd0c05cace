import { blocksComponent } from './components/blocksComponent';
import { defaultBlockComponents } from './components/blockComponents';
import { consistencyComponent } from './components/consistencyComponent';
import { creditsComponent } from './components/creditsComponent';
import { dateDecisionsComponent, entityDecisionsComponent, quoteDecisionsComponent } from './components/decisionComponents';
import { linkingComponent } from './components/linkingComponent';
import { quotesComponent } from './components/quotesComponent';
import { referenceDateComponent } from './components/referenceDateComponent';
import { structureComponent } from './components/structureComponent';
import { Pipeline } from './pipeline';

/**
 * structure → reference date → per block (tokens/sentences → entities → dates) → credited agencies → entity consistency →
 * user entity decisions → linking → user date decisions → quotes → user quote decisions.
 */
export function defaultPipeline(): Pipeline {
  return Pipeline.of([
    structureComponent,
    referenceDateComponent,
    blocksComponent(defaultBlockComponents),
    creditsComponent,
    consistencyComponent,
    entityDecisionsComponent,
    linkingComponent,
    dateDecisionsComponent,
    quotesComponent,
    quoteDecisionsComponent,
  ]);
}
