// pdfkit, pdfmake and the server's PDF answer use Node's global Buffer; esbuild injects this one.
export { Buffer } from 'buffer';
