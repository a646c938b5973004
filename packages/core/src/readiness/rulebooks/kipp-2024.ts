/**
 * KIPP 2024 did not take place: the competition was cancelled and replaced by PKRI, the
 * monitoring of sustainability and replication (`../shared/domain/kipp.md` §6). The rulebook
 * exists so that asking for it gives that answer instead of "unknown rulebook".
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

/** KIPP 2024: cancelled. Checking against it raises `NO_EDITION` with the reason. */
export const kipp2024 = defineRulebook({
  id: 'kipp-2024',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2024 (tidak diselenggarakan)',
    en: 'Public Service Innovation Competition 2024 (not held)',
  },
  domain: 'readiness',
  status: 'cancelled',
  statusNote: {
    id: 'KIPP 2024 tidak diselenggarakan (Pengumuman Sekretaris Kementerian PANRB B/51/S.PP.00.05/2024, 29 Januari 2024); diganti Pemantauan Keberlanjutan dan Replikasi Inovasi Pelayanan Publik (PKRI). Gunakan kipp-2023 atau kipp-2025.',
    en: 'KIPP 2024 was not held (announcement of the Secretary of the Ministry of PANRB B/51/S.PP.00.05/2024, 29 January 2024); it was replaced by the monitoring of sustainability and replication (PKRI). Use kipp-2023 or kipp-2025.',
  },
  issuer: 'Kementerian PANRB',
  legalBasis: [
    {
      citation: 'Pengumuman Sekretaris Kementerian PANRB B/51/S.PP.00.05/2024 (29 January 2024)',
      url: 'https://zonaintegritas.news/perkuat-keberlanjutan-kualitas-dan-replikasi-inovasi-pelaksanaan-kipp-tahun-2024-ditiadakan/',
      tier: 'B',
      note: 'As reported by zonaintegritas.news.',
    },
  ],
  effective: { from: '2024-01-01', to: '2024-12-31' },
});
