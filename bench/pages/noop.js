// Loaded in place of a library to measure the cost of loading nothing.
window.benchNoop = true;
