// Ace by DAISY over several EPUBs in one node process: node AceChecker.js ACE_FOLDER REPORTS_FOLDER BOOK.epub...
// Ace's command line checks one file per process, and loading Ace costs a few seconds each time, so the tests
// (tests/Shared/Ace.cs) hand every EPUB to this one process. The books are checked side by side: a check waits
// on its browser much of the time, so a second core shortens the run. Ace's puppeteer runner keeps its browser
// in a module variable, so each book gets a fresh copy of that module (and a browser of its own); two checks
// sharing one would close each other's browser. Each book's report.json goes to REPORTS_FOLDER/<name>/; a line
// "done <name>" is printed as each is written, "failed <name>: <message>" when Ace itself fails.
'use strict';

const path = require('path');

// Ace gives Chromium 5 s to start; on a loaded 2-core CI machine starting three side by side takes longer
// (seen: "Timed out after 5000 ms while waiting for the WS endpoint"). A minute still catches a browser that never comes.
process.env.ACE_TIMEOUT_INITIAL = process.env.ACE_TIMEOUT_INITIAL || '60000';

const [aceFolder, reports, ...books] = process.argv.slice(2);
const resolve = (name) => require.resolve(name, { paths: [aceFolder] });
const ace = require(resolve('@daisy/ace-core'));
const logger = require(resolve('@daisy/ace-logger'));

/** The puppeteer runner, loaded anew: its browser is its own. */
function runner() {
  const file = resolve('@daisy/ace-axe-runner-puppeteer');
  delete require.cache[file];
  return require(file);
}

(async () => {
  logger.initLogger({ verbose: false, silent: true, fileName: 'publisher-tests.log' });
  let failed = false;
  await Promise.all(books.map(async (book) => {
    const name = path.basename(book, '.epub');
    try {
      await ace(path.resolve(book), { cwd: process.cwd(), outdir: path.join(reports, name), silent: true, jobId: name, lang: 'en' }, runner());
      console.log(`done ${name}`);
    } catch (e) {
      failed = true;
      console.log(`failed ${name}: ${e && e.message ? e.message : e}`);
    }
  }));
  process.exit(failed ? 1 : 0);
})();
