// The `events` package (Node's EventEmitter for browsers) ships no types; the stream stand-in uses this much.
declare module 'events' {
    export class EventEmitter {
        emit(event: string, ...args: unknown[]): boolean;
        on(event: string, listener: (...args: unknown[]) => void): this;
    }
}
