// SPDX-License-Identifier: Apache-2.0
// Compile-only check of index.d.ts (issue 15): `npx tsc -p test/tsconfig.json` must pass, and the
// lines marked @ts-expect-error must fail to type-check.
import pl, { check, determine, Session, parseGrowth, record, type Determination, type Finding } from 'participatieladder';

const d: Determination = determine('1:N 2:N 10:J 12:J 13:J');
const step: number | null = d.step;
const byObject: number | null = determine({ 1: 'nee', 2: 'nee', 10: 'ja', 12: true, 13: 'j' }, 'en').step;
const s = new Session('nl');
s.answer(false).answer(true).back();
const q: number | undefined = s.currentQuestion?.number;
const g: '+' | '0' | null = parseGrowth('2+').growth;
const csv: string = record({ client_id: 'K1', measured_on: '2026-11-29', step: 4 }).csv;
const label: string = pl.stepLabel(4, 'en');
const findings: Finding[] = check({ client_id: 'K1', step: 6, growth_potential: '+' }, { referenceDate: '2026-11-30', config: { severity: { PL009: 'warning' } } });
const step2: string | number | undefined = record({ step: 4 }).json.step;
// @ts-expect-error: severities are error, warning or info
check({ step: 4 }, { config: { severity: { PL009: 'fatal' } } });
// @ts-expect-error: only nl and en
determine('1:N', 'de');
// @ts-expect-error: answer takes a boolean
s.answer('ja');
void [step, byObject, q, g, csv, label, findings, step2];
