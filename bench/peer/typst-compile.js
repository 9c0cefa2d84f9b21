// Compiles the peer document with Typst's npm compiler, as one process:
//   node typst-compile.js COMPILER_MODULE OUT_FOLDER COUNT
// writes COUNT PDFs, each for a different record id (so no compilation is a
// cached copy of the one before), to OUT_FOLDER/1.pdf ... COUNT.pdf. With
// COUNT 1 it is the peer of a cold `sdgen build` of one record.
'use strict';
const fs = require('fs');
const path = require('path');

const [modulePath, outFolder, countText] = process.argv.slice(2);
const { NodeCompiler } = require(modulePath);
const count = Number(countText);
const compiler = NodeCompiler.create({
  workspace: __dirname,
  fontArgs: [{ fontPaths: ['/usr/share/fonts/truetype/dejavu'] }],
});
const main = path.join(__dirname, 'minutes.typ');
for (let i = 1; i <= count; i++) {
  const pdf = compiler.pdf({ mainFilePath: main, inputs: { record: `SD-BENCH-${i}` } });
  fs.writeFileSync(path.join(outFolder, `${i}.pdf`), pdf);
}
