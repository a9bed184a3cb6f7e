// Ace by DAISY over several EPUBs in one node process: node AceChecker.js ACE_FOLDER REPORTS_FOLDER BOOK.epub...
// Ace's command line checks one file per process; loading Ace and its browser driver costs a few seconds
// each time, so the tests (tests/Shared/Ace.cs) hand every EPUB to this one process. The books are checked
// one after another: Ace's puppeteer runner keeps its browser in a module variable, so two checks at once
// would share (and close) one browser. Each book's report.json goes to REPORTS_FOLDER/<name>/; a line
// "done <name>" is printed as each is written, "failed <name>: <message>" when Ace itself fails.
'use strict';

const path = require('path');

const [aceFolder, reports, ...books] = process.argv.slice(2);
const load = (name) => require(require.resolve(name, { paths: [aceFolder] }));
const ace = load('@daisy/ace-core');
const axeRunner = load('@daisy/ace-axe-runner-puppeteer');
const logger = load('@daisy/ace-logger');

(async () => {
  logger.initLogger({ verbose: false, silent: true, fileName: 'publisher-tests.log' });
  let failed = false;
  for (const book of books) {
    const name = path.basename(book, '.epub');
    try {
      await ace(path.resolve(book), { cwd: process.cwd(), outdir: path.join(reports, name), silent: true, jobId: name, lang: 'en' }, axeRunner);
      console.log(`done ${name}`);
    } catch (e) {
      failed = true;
      console.log(`failed ${name}: ${e && e.message ? e.message : e}`);
    }
  }
  process.exit(failed ? 1 : 0);
})();
