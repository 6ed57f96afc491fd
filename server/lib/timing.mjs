// Waits `ms`, but gives up as soon as the response closes (client gone, server
// shutting down) so no timer outlives its request. Resolves true if the wait
// ran to the end and the response is still worth writing to.
export function waitUnlessClosed(res, ms) {
  return new Promise((resolve) => {
    if (res.destroyed || res.writableEnded) return resolve(false);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(!res.destroyed);
    }, ms);
    res.once('close', onClose);
  });
}

// Respects backpressure: resolves once the socket wants more data (or is gone).
export function drained(res) {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
