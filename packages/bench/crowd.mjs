import { EmptyFileSystem } from 'langium';
import { createAutonomyServices } from '@autonomy/language';
import { analyse } from '@autonomy/analysis';
import { buildDocuments } from './dist/in-memory-workspace.js';
const ids = Array.from({ length: 10000 }, (_, i) => `P${i}`);
const text = ['model "Crowd" { currency £ horizon 5 years trust threshold 3 }', 'domain documents "Documents" weight 2',
  ...ids.map((id, i) => `practice ${id} { list size ${1000 + (i % 50) * 100} }`),
  `collective Big { kind federation members ${ids.join(', ')} decides by consensus }`,
  `initiative Everyone {\n    run by Big\n    participants ${ids.join(', ')}\n    cedes documents 10%\n    current cost ${ids.map(id => `${id} £2,000`).join(', ')}\n    shared cost £1,000,000 fixed + £0.50 per patient\n    charged equally\n    share fairly\n}`].join('\n');
const s = createAutonomyServices(EmptyFileSystem);
let t = performance.now();
const doc = s.shared.workspace.LangiumDocumentFactory.fromString(text, (await import('langium')).URI.parse('file:///c.autonomy'));
s.shared.workspace.LangiumDocuments.addDocument(doc);
console.log('parse', Math.round(performance.now() - t)); t = performance.now();
await s.shared.workspace.DocumentBuilder.build([doc], { validation: false });
console.log('link', Math.round(performance.now() - t)); t = performance.now();
await s.shared.workspace.DocumentBuilder.build([doc], { validation: true });
console.log('validate (no analysis)', Math.round(performance.now() - t)); t = performance.now();
const model = s.Autonomy.model.DomainModelBuilder.build(doc);
console.log('domain model', Math.round(performance.now() - t)); t = performance.now();
const r = analyse(model);
console.log('analyse', Math.round(performance.now() - t), r.initiatives[0].method, r.initiatives[0].samples); t = performance.now();
