package id.lumbung.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic generator of realistic Indonesian innovations in the import format: real kabupaten/kota
 * codes, the theme vocabulary, names, acronyms and summaries composed from the domain's phrases. The same
 * seed and size always give the same corpus.
 */
final class CorpusGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] THEMES = {"kemiskinan", "kemiskinan-ekstrem", "stunting", "kesehatan", "pendidikan",
        "umkm", "pemberdayaan-perempuan", "pemberdayaan-desa", "data-terpadu", "pelayanan-publik", "perlindungan-sosial",
        "pertanian", "lingkungan", "digitalisasi", "tata-kelola", "air-sanitasi", "perumahan", "ketenagakerjaan",
        "disabilitas", "lansia", "anak"};
    private static final String[] PROGRAM = {"Gerakan", "Program", "Sistem Informasi", "Layanan", "Kampung", "Sekolah",
        "Rumah", "Desa", "Gerai", "Pusat", "Unit Pelayanan", "Sahabat", "Dapur", "Bank", "Klinik", "Posko", "Aplikasi"};
    private static final String[] TOPIC = {"Penanggulangan Kemiskinan", "Peduli Stunting", "Sehat Bersama", "Usaha Mikro",
        "Perempuan Berdaya", "Lansia Bahagia", "Data Terpadu", "Pangan Lestari", "Air Bersih", "Sanitasi Layak",
        "Pendidikan Inklusif", "Ekonomi Kreatif", "Tani Maju", "Nelayan Sejahtera", "Bedah Rumah", "Disabilitas Mandiri",
        "Anak Sehat", "Ibu Hamil Sehat", "Gotong Royong", "Kerja Produktif", "Digital Desa", "Pelayanan Satu Pintu"};
    private static final String[] OPENING = {"Pemerintah daerah meluncurkan", "Dinas Sosial menjalankan",
        "Bappeda mengembangkan", "Pemerintah desa bersama TKPK membentuk", "Dinas Kesehatan menginisiasi",
        "Dinas Koperasi dan UMKM menggagas", "Pemkab berkolaborasi dengan CSR untuk menjalankan"};
    private static final String[] PURPOSE = {"untuk menurunkan angka kemiskinan ekstrem", "untuk mempercepat penurunan stunting",
        "agar bantuan sosial tepat sasaran", "untuk memberdayakan usaha perempuan", "bagi lansia miskin yang hidup sendiri",
        "untuk membuka lapangan kerja di perdesaan", "bagi penyandang disabilitas dari keluarga miskin",
        "untuk memperbaiki rumah tidak layak huni", "agar anak putus sekolah kembali bersekolah",
        "untuk memastikan ibu hamil dan balita mendapat makanan bergizi"};
    private static final String[] METHOD = {"dengan basis data terpadu yang diverifikasi sampai tingkat desa",
        "melalui pendampingan rutin oleh kader dan relawan", "dengan aplikasi daring yang memantau setiap penerima",
        "lewat pelayanan satu pintu lintas perangkat daerah", "dengan dana desa, APBD, Baznas dan CSR",
        "melalui pemberian modal usaha tanpa bunga", "dengan kunjungan rumah dan jemput bola",
        "melalui pelatihan keterampilan dan pemasaran produk"};
    private static final String[] RESULT = {"Angka kemiskinan turun dua poin dalam tiga tahun.",
        "Prevalensi stunting menurun dan ribuan balita terpantau.", "Ratusan keluarga graduasi dari bantuan sosial.",
        "Program direplikasi oleh beberapa kabupaten tetangga.", "Ribuan warga terlayani setiap tahun.",
        "Pendapatan penerima meningkat rata-rata tiga puluh persen."};

    private final Random random;
    private final List<String[]> regions;

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.regions = loadRegencies();
    }

    /** Writes the benchmark's corpus (seed 42) of the given size to standard output, one import line each. */
    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        CorpusGenerator corpus = new CorpusGenerator(42);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < size; i++) {
            out.append(corpus.line(i)).append('\n');
            if (out.length() > 1 << 20) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    /** Line {@code i} of the corpus (0-based), as an import line. */
    String line(int i) {
        String[] region = regions.get(random.nextInt(regions.size()));
        String name = pick(PROGRAM) + " " + pick(TOPIC) + (random.nextInt(3) == 0 ? " " + (i % 97) : "");
        String acronym = acronym(name) + (i % 13);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("slug", "bench-" + i + "-" + acronym.toLowerCase().replaceAll("[^a-z0-9]", ""));
        line.put("name", name);
        line.put("acronym", acronym);
        line.put("region_name", region[2]);
        line.put("region_code", region[0]);
        line.put("level", region[2].startsWith("Kota ") ? "kota" : "kabupaten");
        line.put("year_started", 2010 + random.nextInt(15));
        line.put("themes", List.of(pick(THEMES), pick(THEMES)).stream().distinct().toList());
        line.put("summary", pick(OPENING) + " " + name + " " + pick(PURPOSE) + " di " + region[2] + ", " + pick(METHOD)
                + ". " + pick(OPENING) + " pula kegiatan pendukung " + pick(PURPOSE) + " " + pick(METHOD) + ".");
        line.put("outcomes", pick(RESULT) + " " + pick(RESULT));
        line.put("awards", random.nextInt(5) == 0 ? List.of("Top 45 KIPP " + (2015 + random.nextInt(10))) : List.of());
        line.put("source_urls", List.of("https://example.org/berita/" + i));
        line.put("tahapan", List.of("inisiatif", "uji_coba", "penerapan").get(random.nextInt(3)));
        line.put("status", "published");
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String acronym(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    private static List<String[]> loadRegencies() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CorpusGenerator.class.getResourceAsStream("/area-data/regencies.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            reader.lines().forEach(l -> rows.add(l.split(",", 3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
