// Entry for one runtime: `<runtime> test/runtimes/main.mjs <echo server URL>`.
// Runs the cases on the built ES module and prints their summary as JSON.
import axios from '../../dist/esm/axios.js';
import { runCases } from './cases.mjs';

const url = typeof Deno != 'undefined' ? Deno.args[0] : process.argv[2];
console.log(JSON.stringify(await runCases(axios, url)));
