// Entry for hardened JavaScript: `node test/runtimes/ses.mjs <echo server URL>`.
// SES's lockdown() freezes the built-ins, then the UMD bundle is evaluated in
// a Compartment, a sandbox that sees only the globals it is given: here the
// ones MetaMask gives a Snap with network access. The cases run on the
// compartment's axios and print their summary.
import 'ses';
import { readFileSync } from 'node:fs';
import { runCases } from './cases.mjs';

const { Date, fetch, Request, Response, Headers, FormData, Blob, ReadableStream, AbortController, AbortSignal, URL, URLSearchParams } = globalThis;
const { TextEncoder, TextDecoder, atob, btoa, setTimeout, clearTimeout, console } = globalThis;
lockdown();

// A compartment's own Date cannot tell the time (Date.now() throws); Snaps are given one that can.
const globals = { Date, fetch, Request, Response, Headers, FormData, Blob, ReadableStream, AbortController, AbortSignal, URL, URLSearchParams };
Object.assign(globals, { TextEncoder, TextDecoder, atob, btoa, setTimeout, clearTimeout, console });
const compartment = new Compartment({ __options__: true, globals });
compartment.evaluate(readFileSync(new URL('../../dist/axios.js', import.meta.url), 'utf8'));
console.log(JSON.stringify(await runCases(compartment.globalThis.axios, process.argv[2])));
