// Validates an AsyncAPI document (contracts/asyncapi.yaml) with the AsyncAPI project's own
// parser (npm @asyncapi/parser), resolving its $refs into contracts/events.
// Run from a directory where @asyncapi/parser is installed: node check-asyncapi.mjs <asyncapi.yaml>
// (.ci/run does that).
import { Parser, fromFile } from '@asyncapi/parser';
import path from 'node:path';

const file = path.resolve(process.argv[2] ?? 'asyncapi.yaml');
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse();
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics) {
  console.log(`${['error', 'warning', 'info', 'hint'][d.severity]}: ${d.message} at ${d.path.join('.')}`);
}
if (!document || errors.length > 0) {
  console.error(`${file}: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, ${document.operations().length} operations`);
