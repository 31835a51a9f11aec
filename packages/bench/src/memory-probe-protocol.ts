/** The line the server memory probe writes to stderr, shared by the probe and the client that reads it. */
export const MEMORY_PROBE_PREFIX = 'autonomy-memory-probe ';
