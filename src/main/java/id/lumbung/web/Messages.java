package id.lumbung.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages, in Indonesian (the default); English in messages/msg_en.properties. Newer pages keep
 * their words in properties files only ({@link RecordText}, {@link BrowseText}).
 */
@MessageBundle(value = "msg", locale = "id")
public interface Messages {

    @Message("Lumbung — katalog inovasi daerah")
    String site_title();

    @Message("Katalog inovasi daerah untuk ditiru: amati, tiru, modifikasi")
    String tagline();

    @Message("Cari")
    String nav_search();

    @Message("Replikasi")
    String nav_replication();

    @Message("Kurator")
    String nav_curator();

    @Message("Masuk")
    String nav_sign_in();

    @Message("Keluar")
    String nav_sign_out();

    @Message("English")
    String other_language();

    @Message("Langsung ke isi")
    String skip_link();

    @Message("Cari inovasi, misalnya: kemiskinan ekstrem Kalbar")
    String search_placeholder();

    @Message("Kata kunci")
    String search_label();

    @Message("inovasi")
    String innovations();

    @Message("daerah")
    String regions();

    @Message("replikasi")
    String replications();

    @Message("Jelajahi tema")
    String browse_themes();

    @Message("Paling banyak direplikasi")
    String most_replicated();

    @Message("Kegiatan belajar terbaru")
    String latest_events();

    @Message("{total} hasil untuk \u201c{q}\u201d")
    String results_for(long total, String q);

    @Message("{total} inovasi")
    String results_all(long total);

    @Message("Mungkin maksud Anda:")
    String did_you_mean();

    @Message("Tidak ada hasil.")
    String no_results();

    @Message("Coba kata lain yang lebih umum, periksa ejaan, atau hapus sebagian filter.")
    String no_results_help();

    @Message("Hapus semua filter")
    String clear_filters();

    @Message("Saring")
    String filter();

    @Message("Terapkan")
    String apply();

    @Message("Urutkan")
    String sort();

    @Message("Paling relevan")
    String sort_relevance();

    @Message("Terbaru")
    String sort_newest();

    @Message("Paling banyak direplikasi")
    String sort_most_replicated();

    @Message("Halaman berikutnya")
    String next_page();

    @Message("Tema")
    String facet_theme();

    @Message("Provinsi")
    String facet_province();

    @Message("Tahapan")
    String facet_tahapan();

    @Message("Tingkat")
    String facet_level();

    @Message("Tahun")
    String facet_year();

    @Message("Urusan")
    String facet_urusan();

    @Message("direplikasi {count} kali")
    String replicated_times(long count);

    @Message("direplikasi {count} kali")
    String replicated_count(int count);

    @Message("Masalah")
    String problem();

    @Message("Pendekatan")
    String approach();

    @Message("Hasil")
    String outcomes();

    @Message("Indikator hasil")
    String outcome_indicators();

    @Message("Perangkat replikasi")
    String replication_kit();

    @Message("Prasyarat")
    String prerequisites();

    @Message("Langkah")
    String steps();

    @Message("Dokumen")
    String documents();

    @Message("Dasar hukum")
    String legal_basis();

    @Message("Perkiraan biaya")
    String cost();

    @Message("Penghargaan")
    String awards();

    @Message("Sumber")
    String sources();

    @Message("Kontak")
    String contacts();

    @Message("Status berjalan")
    String running_status();

    @Message("terakhir dikonfirmasi {date}")
    String last_confirmed(String date);

    @Message("Perlu dikonfirmasi ulang")
    String stale();

    @Message("Riwayat replikasi")
    String replication_timeline();

    @Message("Silsilah replikasi")
    String lineage();

    @Message("Diturunkan dari")
    String derived_from();

    @Message("Inovasi serupa")
    String similar();

    @Message("Cetak ringkasan")
    String print_brief();

    @Message("Belum ada replikasi yang tercatat.")
    String no_replications();

    @Message("Indikator kemiskinan")
    String poverty_indicators();

    @Message("Inovasi dari daerah ini")
    String innovations_from_region();

    @Message("Yang direplikasi daerah ini")
    String replicated_by_region();

    @Message("Program yang cocok untuk daerah ini")
    String recommendations();

    @Message("Corong replikasi")
    String funnel();

    @Message("Daerah sumber teraktif")
    String top_sources();

    @Message("Daerah peniru teraktif")
    String top_adopters();

    @Message("Replikasi yang macet (tanpa kemajuan {days} hari)")
    String stalled(long days);

    @Message("Median {days} hari dari minat sampai diterapkan ({sample} replikasi)")
    String median_days(String days, int sample);

    @Message("{share}% replikasi sampai dilembagakan")
    String share_institutionalised(String share);

    @Message("Nama pengguna")
    String username();

    @Message("Kata sandi")
    String password();

    @Message("Nama pengguna atau kata sandi salah.")
    String sign_in_failed();

    @Message("Khusus staf program (kurator, peninjau, admin).")
    String sign_in_note();

    @Message("Ruang kurator")
    String curator_area();

    @Message("Menunggu tinjauan")
    String review_queue();

    @Message("Draf")
    String drafts();

    @Message("Inovasi baru")
    String new_innovation();

    @Message("Ubah")
    String edit();

    @Message("Simpan")
    String save();

    @Message("Ajukan untuk ditinjau")
    String submit_review();

    @Message("Terbitkan")
    String publish();

    @Message("Arsipkan")
    String archive();

    @Message("Kembalikan ke draf")
    String back_to_draft();

    @Message("Riwayat perubahan")
    String history();

    @Message("Catat replikasi")
    String record_replication();

    @Message("Catat perubahan status")
    String record_transition();

    @Message("Impor NDJSON")
    String import_ndjson();

    @Message("Uji dulu (tidak disimpan)")
    String dry_run();

    @Message("Periksa isian yang ditandai.")
    String form_errors();

    @Message("Tersimpan.")
    String saved();

    @Message("Nama")
    String field_name();

    @Message("Singkatan")
    String field_acronym();

    @Message("Kode wilayah (Kemendagri)")
    String field_region_code();

    @Message("Ringkasan")
    String field_summary();

    @Message("Status")
    String field_status();

    @Message("Tanggal")
    String field_date();

    @Message("Catatan")
    String field_note();

    @Message("Inovasi sumber (slug)")
    String field_source_slug();

    @Message("Kode wilayah peniru")
    String field_adopter_code();

    @Message("Berkas")
    String field_file();

    @Message("Data wilayah: idn-area-data (Kemendagri), lisensi ODbL 1.0.")
    String attribution();

    @Message("Versi bahasa Inggris (opsional)")
    String english_version();

    @Message("Halaman berbahasa Inggris menampilkan teks ini; yang kosong ditampilkan dalam bahasa Indonesia.")
    String english_version_help();

    @Message("Nama (Inggris)")
    String field_name_en();

    @Message("Ringkasan (Inggris)")
    String field_summary_en();

    @Message("Masalah (Inggris)")
    String field_problem_en();

    @Message("Pendekatan (Inggris)")
    String field_approach_en();

    @Message("Tujuan (Inggris)")
    String field_goals_en();

    @Message("Manfaat (Inggris)")
    String field_benefits_en();

    @Message("Hasil (Inggris)")
    String field_outcomes_en();

    @Message("Daerah yang Anda cari: profil, indikator, inovasi, dan rekomendasi.")
    String region_match_note();

    @Message("Lihat profil daerah")
    String region_profile();

    @Message("Bernama sama:")
    String region_same_name();

    @Message("Analitik pencarian")
    String search_analytics();

    @Message("Tanpa data pribadi: hanya minggu, kata kunci yang dinormalkan (angka panjang dan alamat surel disamarkan), dan jumlahnya.")
    String search_analytics_privacy();

    @Message("Periode")
    String search_analytics_period();

    @Message("Pencarian tanpa hasil")
    String search_analytics_zero();

    @Message("Ajari pencarian kata yang dipakai pengguna: tulis istilah katalog yang dimaksud, lalu buat aturan sinonim.")
    String search_analytics_zero_help();

    @Message("Pencarian yang hasilnya tidak dibuka")
    String search_analytics_no_click();

    @Message("Pencarian terbanyak")
    String search_analytics_top();

    @Message("Per minggu")
    String search_analytics_per_week();

    @Message("Minggu (Senin)")
    String search_analytics_week();

    @Message("Kata kunci")
    String search_analytics_query();

    @Message("Terbanyak minggu itu")
    String search_analytics_week_top();

    @Message("Tanpa hasil minggu itu")
    String search_analytics_week_zero();

    @Message("Pencarian")
    String search_analytics_searches();

    @Message("Tanpa hasil")
    String search_analytics_zero_count();

    @Message("Hasil dibuka")
    String search_analytics_clicks();

    @Message("Tindakan")
    String search_analytics_action();

    @Message("Artinya")
    String search_analytics_means();

    @Message("Jenis aturan")
    String search_analytics_kind();

    @Message("tesaurus (satu arah)")
    String search_analytics_kind_tesaurus();

    @Message("padanan (setara)")
    String search_analytics_kind_padanan();

    @Message("Buat aturan sinonim")
    String search_analytics_make_rule();

    @Message("Aturan disimpan dan langsung dipakai:")
    String search_analytics_rule_saved();

    @Message("Aturan tidak dapat dibuat:")
    String search_analytics_rule_failed();

    @Message("{weeks} minggu terakhir")
    String search_analytics_weeks(int weeks);

    @Message("isi artinya.")
    String search_analytics_rule_needs_meaning();

    @Message("Aturan sinonim dibuat oleh peninjau atau admin.")
    String search_analytics_reviewers_only();

    @Message("Halaman tidak ditemukan.")
    String not_found();

    @Message("Layanan sedang tidak tersedia")
    String unavailable_title();

    @Message("Basis data Lumbung sedang tidak dapat dihubungi, jadi halaman ini tidak dapat ditampilkan dan tidak ada yang disimpan. Pencarian tetap berjalan. Silakan coba lagi dalam beberapa saat.")
    String unavailable_text();

    @Message("Terjadi kesalahan")
    String error_title();

    @Message("Permintaan ini tidak dapat diproses. Kesalahan sudah dicatat; silakan coba lagi nanti.")
    String error_text();

    @Message("Kontak instansi")
    String public_contact();

    @Message("Surel")
    String email();

    @Message("Telepon")
    String phone();

    @Message("Situs web")
    String website();

    @Message("Terlalu banyak permintaan")
    String too_many_title();

    @Message("Terlalu banyak pencarian dari alamat ini dalam satu menit. Silakan tunggu sebentar lalu coba lagi.")
    String too_many_text();

    @Message("Terlalu banyak percobaan masuk dengan nama ini. Coba lagi dalam {seconds} detik.")
    String sign_in_locked(long seconds);
}
