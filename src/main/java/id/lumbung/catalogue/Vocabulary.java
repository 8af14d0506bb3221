package id.lumbung.catalogue;

/**
 * Controlled vocabularies of an innovation. Constants are the Indonesian API and database values as they
 * are (hence lower case), so JSON, SQL CHECK constraints and Java cannot drift apart.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Government tier that runs the innovation. */
    public enum Level {
        desa, kecamatan, kabupaten, kota, provinsi, nasional
    }

    /** Maturity stage as in the Indeks Inovasi Daerah. */
    public enum Tahapan {
        inisiatif, uji_coba, penerapan
    }

    public enum Jenis {
        digital, non_digital
    }

    public enum Bentuk {
        tata_kelola, pelayanan_publik, lainnya
    }

    /** Whether the programme still runs, as last confirmed. */
    public enum RunningStatus {
        berjalan, terhenti, tidak_diketahui
    }

    /** Editorial state; only {@code published} is ever visible to the public. */
    public enum PublicationStatus {
        draft, in_review, published, archived
    }
}
