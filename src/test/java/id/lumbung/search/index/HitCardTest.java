package id.lumbung.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cards a result list is read from come back as written, in the order asked, across segments. */
class HitCardTest {

    @TempDir
    Path dir;

    private static IndexedInnovation innovation(long id, String name, String acronym, String summary, Integer year,
            List<String> themes, String provinceCode) {
        return new IndexedInnovation(id, "inovasi-" + id, name, acronym, List.of(), summary, null, null,
                provinceCode == null ? null : provinceCode + ".01", "Kabupaten Uji " + id, List.of(), List.of(),
                provinceCode, provinceCode == null ? null : "Provinsi " + provinceCode, themes, themes, "kabupaten",
                "penerapan", null, year, false, (int) id * 2, 0, id == 2 ? "diterapkan" : null, "berjalan", null);
    }

    @Test
    void cardsRoundTripInTheOrderAskedAcrossSegments() throws IOException {
        List<IndexedInnovation> innovations = List.of(
                innovation(0, "Laboratorium Kemiskinan", "Labkes", "Ringkasan — dengan tanda “kutip” dan ẞ.", 2019,
                        List.of("kemiskinan", "data"), "33"),
                innovation(1, "Tanpa Singkatan", "  ", "", null, List.of(), null),
                innovation(2, "Gerakan Tengok Bawah", "Gertak", "x".repeat(5_000), 2021, List.of("kemiskinan"),
                        "35"));
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (IndexedInnovation innovation : innovations) {
                    Document doc = new Document();
                    doc.add(HitCard.of(innovation).field());
                    writer.addDocument(doc);
                    writer.commit(); // one segment each: the reader must find each document's segment
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(3, reader.leaves().size());
                HitCard[] cards = HitCard.read(reader, new int[] {2, 0, 1, 2});

                assertEquals("inovasi-2", cards[0].slug());
                assertEquals("Gertak", cards[0].acronym());
                assertEquals(5_000, cards[0].summary().length());
                assertEquals(2021, cards[0].year());
                assertEquals(4, cards[0].replicationCount());
                assertEquals("diterapkan", cards[0].bestReplicationStatus());
                assertEquals(cards[0], cards[3]);

                assertEquals("Ringkasan — dengan tanda “kutip” dan ẞ.", cards[1].summary());
                assertEquals(List.of("kemiskinan", "data"), cards[1].themes());
                assertEquals("33.01", cards[1].regionCode());
                assertEquals("Provinsi 33", cards[1].provinceName());
                assertEquals("Labkes", cards[1].text(SearchFields.ACRONYM));

                assertEquals("Tanpa Singkatan", cards[2].name());
                assertNull(cards[2].acronym(), "a blank acronym is shown as none");
                assertNull(cards[2].summary());
                assertNull(cards[2].year());
                assertNull(cards[2].provinceCode());
                assertEquals(List.of(), cards[2].themes());
                assertNull(cards[2].bestReplicationStatus());
            }
        }
    }
}
