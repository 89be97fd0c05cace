// Entry of the extension-host test suite (extensionTestsPath contract): `run()` runs every suite with mocha.
// Bundled by scripts/build.mjs into out/test/extension/index.js (mocha included), loaded by code-server or
// @vscode/test-electron. Suites are imported statically so one bundle holds them all.
import Mocha from 'mocha';
import { registerActivationTests } from './activation.test';
import { registerCommandTests } from './commands.test';
import { registerDateTests } from './dates.test';
import { removeTempCopies } from './helpers';
import { registerHoverTests } from './hover.test';
import { registerNavigationTests } from './navigation.test';
import { registerQuickFixTests } from './quickFix.test';
import { registerReviewTests } from './review.test';
import { registerSemanticTokenTests } from './semanticTokens.test';
import { registerSettingsTests } from './settings.test';
import { registerSymbolTests } from './symbols.test';
import { registerTagKeyTests } from './tagKeys.test';

const SUITES: ReadonlyArray<() => void> = [
  registerActivationTests,
  registerSemanticTokenTests,
  registerHoverTests,
  registerSymbolTests,
  registerDateTests,
  registerNavigationTests,
  registerQuickFixTests,
  registerReviewTests,
  registerTagKeyTests,
  registerCommandTests,
  registerSettingsTests,
];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  const grep = process.env.ARTICLE_ANNOTATOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  // Installs describe/it/before/... on globalThis, as loading a spec file through mocha would.
  mocha.suite.emit('pre-require', globalThis, 'article-annotator-extension-tests', mocha);
  for (const register of SUITES) register();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      removeTempCopies();
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
