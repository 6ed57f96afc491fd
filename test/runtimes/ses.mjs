// Entry for hardened JavaScript: `node test/runtimes/ses.mjs <echo server URL>`.
// SES's lockdown() freezes the built-ins, then the UMD bundle is evaluated in
// a Compartment, a sandbox that sees only the globals it is given (MetaMask
// runs Snaps in one): here fetch, Date and the other web globals the cases
// use. The cases run on the compartment's axios and print their summary.
import 'ses';
import { readFileSync } from 'node:fs';
import { runCases } from './cases.mjs';

const { Date, fetch, Request, Response, Headers, FormData, Blob, ReadableStream, AbortController, AbortSignal, URL, URLSearchParams } = globalThis;
const { TextEncoder, TextDecoder, atob, btoa, setTimeout, clearTimeout, console } = globalThis;
lockdown();

// A compartment's own Date cannot tell the time (Date.now() throws): a sandbox that allows requests gives one that can.
const globals = { Date, fetch, Request, Response, Headers, FormData, Blob, ReadableStream, AbortController, AbortSignal, URL, URLSearchParams };
Object.assign(globals, { TextEncoder, TextDecoder, atob, btoa, setTimeout, clearTimeout, console });
const compartment = new Compartment({ __options__: true, globals });
compartment.evaluate(readFileSync(new URL('../../dist/axios.js', import.meta.url), 'utf8'));
console.log(JSON.stringify(await runCases(compartment.globalThis.axios, process.argv[2])));
