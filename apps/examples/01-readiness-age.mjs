// Example 01: is an innovation old enough for KIPP 2018? The minimum implementation age counted
// back from the registration close (10 March 2018 as announced; read on 1 February 2018, before the
// extension of 27 February moved it to 31 March), with the source of every number.
import { builtinRegistry } from '@inovasi/core/registry';
import { checkReadiness } from '@inovasi/core/readiness';

const rulebook = builtinRegistry.resolve('kipp-2018');
for (const start of ['2017-03-10', '2017-03-11']) {
  const proposal = {
    title: 'Si Dukung',
    agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
    unit: 'Dinas Kependudukan dan Pencatatan Sipil',
    category: 'tata-kelola',
    sdgs: [16],
    awards: [],
    implementationStartDate: start,
  };
  const result = checkReadiness(proposal, rulebook, { asOf: '2018-02-01' });
  // Other KIPP 2018 rules apply too; the 2018 sections and attachment list were never found,
  // so a 2018 check is at best "indeterminate" (needs human review). Here: the age rule only.
  const age = result.outcomes.find((o) => o.rule.id === 'KIPP.AGE.MIN');
  console.log(`${start}: ${result.status}; age rule: ${age?.outcome}`);
  for (const f of result.findings.filter((x) => x.rule.id === 'KIPP.AGE.MIN')) {
    console.log(`  ${f.code}: ${f.message.en}`);
    console.log(`  fix: ${f.fix?.en}`);
    console.log(`  source [tier ${f.basis?.[0]?.source?.tier}]: ${f.basis?.[0]?.source?.url}`);
  }
}

// Expected output:
// 2017-03-10: indeterminate; age rule: pass
// 2017-03-11: not-ready; age rule: fail
//   KIPP.AGE.MIN: Implementation age is 0 years 364 days on 2018-03-10 (registration close); at least 1 year required.
//   fix: This innovation is old enough from 2018-03-11. For this edition implementation must have started by 2017-03-10; enter an edition whose registration closes on or after 2018-03-11.
//   source [tier A]: https://menpan.go.id/site/berita-terkini/pendaftaran-mulai-17-januari-10-maret-kompetisi-inovasi-pelayanan-publik-2018-dikaitkan-mdgs
