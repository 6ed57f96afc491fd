// The cases as a Cloudflare Worker (workerd, run by workerd.mjs): a request
// to it names the echo server, and its response is the summary.
import axios from '../../dist/esm/axios.js';
import { runCases } from './cases.mjs';

export default {
  async fetch(request) {
    return Response.json(await runCases(axios, new URL(request.url).searchParams.get('server')));
  },
};
