-- Controlled vocabulary of themes and the curated starting list of region aliases.
-- Aliases are looked up by their normalized form (lower case, runs of non-alphanumerics as one space),
-- which must stay identical to id.lumbung.region.RegionNames.normalize.

insert into theme (code, label) values
    ('kemiskinan', 'Kemiskinan'),
    ('kemiskinan-ekstrem', 'Kemiskinan ekstrem'),
    ('stunting', 'Stunting'),
    ('kesehatan', 'Kesehatan'),
    ('pendidikan', 'Pendidikan'),
    ('umkm', 'UMKM'),
    ('pemberdayaan-perempuan', 'Pemberdayaan perempuan'),
    ('pemberdayaan-desa', 'Pemberdayaan desa'),
    ('data-terpadu', 'Data terpadu'),
    ('pelayanan-publik', 'Pelayanan publik'),
    ('perlindungan-sosial', 'Perlindungan sosial'),
    ('pertanian', 'Pertanian'),
    ('lingkungan', 'Lingkungan'),
    ('digitalisasi', 'Digitalisasi'),
    ('tata-kelola', 'Tata kelola'),
    ('air-sanitasi', 'Air dan sanitasi'),
    ('perumahan', 'Perumahan'),
    ('ketenagakerjaan', 'Ketenagakerjaan'),
    ('disabilitas', 'Disabilitas'),
    ('lansia', 'Lansia'),
    ('anak', 'Anak');

insert into region_alias (region_code, alias, normalized, kind) values
    ('11', 'NAD', 'nad', 'singkatan'),
    ('11', 'Nanggroe Aceh Darussalam', 'nanggroe aceh darussalam', 'sebutan'),
    ('12', 'Sumut', 'sumut', 'singkatan'),
    ('13', 'Sumbar', 'sumbar', 'singkatan'),
    ('16', 'Sumsel', 'sumsel', 'singkatan'),
    ('19', 'Babel', 'babel', 'singkatan'),
    ('19', 'Bangka Belitung', 'bangka belitung', 'sebutan'),
    ('21', 'Kepri', 'kepri', 'singkatan'),
    ('31', 'DKI', 'dki', 'singkatan'),
    ('31', 'DKI Jakarta', 'dki jakarta', 'sebutan'),
    ('31', 'Jakarta', 'jakarta', 'sebutan'),
    ('32', 'Jabar', 'jabar', 'singkatan'),
    ('33', 'Jateng', 'jateng', 'singkatan'),
    ('34', 'DIY', 'diy', 'singkatan'),
    ('34', 'Yogyakarta', 'yogyakarta', 'sebutan'),
    ('34', 'Jogja', 'jogja', 'singkatan'),
    ('34', 'Jogjakarta', 'jogjakarta', 'sebutan'),
    ('34', 'Yogya', 'yogya', 'singkatan'),
    ('35', 'Jatim', 'jatim', 'singkatan'),
    ('52', 'NTB', 'ntb', 'singkatan'),
    ('53', 'NTT', 'ntt', 'singkatan'),
    ('61', 'Kalbar', 'kalbar', 'singkatan'),
    ('62', 'Kalteng', 'kalteng', 'sebutan'),
    ('63', 'Kalsel', 'kalsel', 'singkatan'),
    ('64', 'Kaltim', 'kaltim', 'singkatan'),
    ('65', 'Kaltara', 'kaltara', 'sebutan'),
    ('71', 'Sulut', 'sulut', 'singkatan'),
    ('72', 'Sulteng', 'sulteng', 'sebutan'),
    ('73', 'Sulsel', 'sulsel', 'singkatan'),
    ('74', 'Sultra', 'sultra', 'singkatan'),
    ('76', 'Sulbar', 'sulbar', 'singkatan'),
    ('82', 'Malut', 'malut', 'singkatan'),
    ('92', 'Pabar', 'pabar', 'singkatan'),
    ('93', 'Papsel', 'papsel', 'singkatan'),
    ('94', 'Papteng', 'papteng', 'sebutan'),
    ('95', 'Papeg', 'papeg', 'singkatan'),
    ('96', 'PBD', 'pbd', 'singkatan'),
    ('64.02', 'Kukar', 'kukar', 'singkatan'),
    ('64.07', 'Kubar', 'kubar', 'singkatan'),
    ('64.08', 'Kutim', 'kutim', 'singkatan'),
    ('64.09', 'PPU', 'ppu', 'singkatan'),
    ('81.02', 'Malra', 'malra', 'singkatan'),
    ('53.03', 'TTU', 'ttu', 'singkatan'),
    ('53.02', 'TTS', 'tts', 'singkatan'),
    ('34.01', 'Kulonprogo', 'kulonprogo', 'singkatan'),
    ('63.06', 'HSS', 'hss', 'singkatan'),
    ('63.07', 'HST', 'hst', 'singkatan'),
    ('63.08', 'HSU', 'hsu', 'singkatan'),
    ('73.22', 'Lutra', 'lutra', 'singkatan'),
    ('76.04', 'Polman', 'polman', 'singkatan'),
    ('71.06', 'Minut', 'minut', 'singkatan'),
    ('53.18', 'SBD', 'sbd', 'singkatan'),
    ('34.71', 'Jogja', 'jogja', 'singkatan'),
    ('34.71', 'Yogya', 'yogya', 'singkatan'),
    ('35.78', 'Suroboyo', 'suroboyo', 'singkatan'),
    ('31.71', 'Jakpus', 'jakpus', 'singkatan'),
    ('31.72', 'Jakut', 'jakut', 'singkatan'),
    ('31.73', 'Jakbar', 'jakbar', 'singkatan'),
    ('31.74', 'Jaksel', 'jaksel', 'singkatan'),
    ('31.75', 'Jaktim', 'jaktim', 'singkatan')
on conflict do nothing;

-- Written forms of every province and kabupaten/kota name as officials and the press use them.
insert into region_alias (region_code, alias, normalized, kind)
select r.code, v.alias, trim(regexp_replace(lower(v.alias), '[^a-z0-9]+', ' ', 'g')), 'varian'
from region r
cross join lateral (
    select unnest(case r.type
        when 'provinsi' then array['Provinsi ' || r.name, 'Prov. ' || r.name, 'Pemprov ' || r.name, r.name]
        when 'kabupaten' then array['Kab. ' || substr(r.name, 11), 'Pemkab ' || substr(r.name, 11), substr(r.name, 11), r.name]
        when 'kota' then array['Pemkot ' || regexp_replace(r.name, '^Kota (Administrasi )?', ''),
                               'Pemko ' || regexp_replace(r.name, '^Kota (Administrasi )?', ''),
                               'Kota ' || regexp_replace(r.name, '^Kota (Administrasi )?', ''),
                               regexp_replace(r.name, '^Kota (Administrasi )?', ''), r.name]
    end) as alias
) v
where r.type in ('provinsi', 'kabupaten', 'kota')
on conflict do nothing;
