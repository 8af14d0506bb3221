package id.lumbung.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a result list shows of an innovation, kept in the index beside its words so that no hit needs the database.
 * Held as one binary doc value per document rather than as stored fields, which are compressed in blocks of many
 * documents: a page's hits should not decompress a block each (docs/benchmarks.md, performance diary).
 */
public record HitCard(String slug, String name, String acronym, String summary, String outcomes, String regionCode,
        String regionName, String provinceCode, String provinceName, List<String> themes, String tahapan,
        Integer year, int replicationCount, String bestReplicationStatus, String runningStatus, String nameEn,
        String summaryEn, String outcomesEn) {

    /** The doc-values field that holds the encoded card. */
    static final String FIELD = "card";

    private static final int NO_YEAR = Integer.MIN_VALUE;

    /** The text of a displayed field by its {@link SearchFields} name (the ones snippets are made from). */
    public String text(String field) {
        return switch (field) {
            case SearchFields.NAME -> name;
            case SearchFields.ACRONYM -> acronym;
            case SearchFields.SUMMARY -> summary;
            case SearchFields.OUTCOMES -> outcomes;
            case SearchFields.NAME_EN -> nameEn;
            case SearchFields.SUMMARY_EN -> summaryEn;
            case SearchFields.OUTCOMES_EN -> outcomesEn;
            default -> throw new IllegalArgumentException("Not a displayed text: " + field);
        };
    }

    static HitCard of(IndexedInnovation i) {
        return new HitCard(i.slug(), shown(i.name()), shown(i.acronym()), shown(i.summary()), shown(i.outcomes()),
                shown(i.regionCode()), shown(i.regionName()), shown(i.provinceCode()), shown(i.provinceName()),
                i.themes(), i.tahapan(), i.year(), i.replicationCount(), i.bestReplicationStatus(), i.runningStatus(),
                shown(i.english().name()), shown(i.english().summary()), shown(i.english().outcomes()));
    }

    /** A blank text is shown as none. */
    private static String shown(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The card encoded in the order of its components. */
    BinaryDocValuesField field() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            writeText(out, slug);
            writeText(out, name);
            writeText(out, acronym);
            writeText(out, summary);
            writeText(out, outcomes);
            writeText(out, regionCode);
            writeText(out, regionName);
            writeText(out, provinceCode);
            writeText(out, provinceName);
            out.writeVInt(themes.size());
            for (String theme : themes) {
                out.writeString(theme);
            }
            writeText(out, tahapan);
            out.writeZInt(year == null ? NO_YEAR : year);
            out.writeVInt(replicationCount);
            writeText(out, bestReplicationStatus);
            writeText(out, runningStatus);
            writeText(out, nameEn);
            writeText(out, summaryEn);
            writeText(out, outcomesEn);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return new BinaryDocValuesField(FIELD, new BytesRef(out.toArrayCopy()));
    }

    private static HitCard decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        // Arguments are evaluated left to right: each reads the next component.
        return new HitCard(readText(in), readText(in), readText(in), readText(in), readText(in), readText(in),
                readText(in), readText(in), readText(in), readThemes(in), readText(in), readYear(in), in.readVInt(),
                readText(in), readText(in), readText(in), readText(in), readText(in));
    }

    /** 0 for no text, else its UTF-8 length plus one, then the bytes. */
    private static void writeText(ByteBuffersDataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeVInt(0);
        } else {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeVInt(utf8.length + 1);
            out.writeBytes(utf8, utf8.length);
        }
    }

    private static String readText(ByteArrayDataInput in) throws IOException {
        int length = in.readVInt() - 1;
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readBytes(utf8, 0, length);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static List<String> readThemes(ByteArrayDataInput in) throws IOException {
        String[] themes = new String[in.readVInt()];
        for (int i = 0; i < themes.length; i++) {
            themes[i] = in.readString();
        }
        return List.of(themes);
    }

    private static Integer readYear(ByteArrayDataInput in) throws IOException {
        int year = in.readZInt();
        return year == NO_YEAR ? null : year;
    }

    /** The cards of a page of hits, in the page's order. */
    public static HitCard[] read(IndexReader reader, ScoreDoc[] hits) throws IOException {
        return read(reader, Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    }

    /**
     * The cards of the given documents of a reader, in the order given. Doc values are read forward only, so the
     * documents are visited in index order, one iterator per segment.
     */
    public static HitCard[] read(IndexReader reader, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        HitCard[] cards = new HitCard[docs.length];
        BinaryDocValues values = null;
        int leafIndex = -1;
        for (int i : order) {
            int doc = docs[i];
            int sub = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(sub);
            if (sub != leafIndex || values == null || values.docID() > doc - leaf.docBase) {
                values = leaf.reader().getBinaryDocValues(FIELD);
                leafIndex = sub;
            }
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Document " + doc + " of the index has no hit card");
            }
            cards[i] = decode(values.binaryValue());
        }
        return cards;
    }
}
