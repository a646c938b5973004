import { builtinRegistry } from '@inovasi/core/registry';
import { checkReadiness } from '@inovasi/core/readiness';
import { describe, expect, it } from 'vitest';
import { readinessSection, renderReportHtml, renderReportMarkdown, type Report } from './report.js';

const result = checkReadiness(
  { title: 'x', implementationStartDate: '2017-07-01' },
  builtinRegistry.resolve('kipp-2018'),
  { asOf: '2018-02-01' }, // before the 27 February 2018 extension: the close is 10 March
);

const report = (name: string): Report => ({
  title: 'Laporan <Cilegon>',
  subtitle: 'kipp-2018',
  lang: 'en',
  sections: [readinessSection(name, result, 'en')],
  footer: 'inovasi',
});

describe('reports', () => {
  it('escapes everything the user wrote in HTML, and carries no script or external file', () => {
    const html = renderReportHtml(report('<script>alert("x")</script> & "Si Dukung"'));
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Si Dukung&quot;',
    );
    expect(html).toContain('<title>Laporan &lt;Cilegon&gt;</title>');
    expect(html).not.toMatch(/<link|src=/);
  });

  it('puts the fix in the to-do list and every rule with its source in the table', () => {
    const md = renderReportMarkdown(report('Pojok Baca'));
    expect(md).toContain('## Pojok Baca — ✗ Not ready');
    expect(md).toContain('- [ ] Implementation age is 0 years 252 days');
    expect(md).toContain('old enough from 2018-07-01');
    expect(md).toMatch(/\| KIPP\.AGE\.MIN \| fail \| .* \| Kementerian PANRB.*\[A\] \|/);
  });
});
