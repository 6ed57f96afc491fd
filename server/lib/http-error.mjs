// An error that already knows which status and JSON body the client should get.
// Routes throw these; the error handler in errors.mjs turns them into replies.
export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
    this.expose = true;
  }
}

export const badRequest = (message) => new HttpError(400, message);
