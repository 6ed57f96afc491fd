// The run-time value of the HttpStatusCode named export (see HttpStatusCode.ts),
// read here so that the ES module builds the table at load; the UMD global
// waits for a first read.
import axios from './axios';

export const HttpStatusCode = axios.HttpStatusCode;
