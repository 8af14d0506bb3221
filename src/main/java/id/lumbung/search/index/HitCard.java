package id.lumbung.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a result list shows of an innovation, kept in the index beside its words so that no hit needs the database.
 * Held as one binary doc value per document rather than as stored fields: stored fields are compressed in blocks of
 * many documents, and decompressing a block for each of a page's hits was a twelfth of a search's work.
 */
public record HitCard(String slug, String name, String acronym, String summary, String outcomes, String regionCode,
        String regionName, String provinceCode, String provinceName, List<String> themes, String tahapan,
        Integer year, int replicationCount, String bestReplicationStatus, String runningStatus) {

    /** The doc-values field that holds the encoded card. */
    static final String FIELD = "card";

    /** The text of a displayed field by its {@link SearchFields} name (the ones snippets are made from). */
    public String text(String field) {
        return switch (field) {
            case SearchFields.NAME -> name;
            case SearchFields.ACRONYM -> acronym;
            case SearchFields.SUMMARY -> summary;
            case SearchFields.OUTCOMES -> outcomes;
            default -> throw new IllegalArgumentException("Not a displayed text: " + field);
        };
    }

    static HitCard of(IndexedInnovation i) {
        return new HitCard(i.slug(), shown(i.name()), shown(i.acronym()), shown(i.summary()), shown(i.outcomes()),
                shown(i.regionCode()), shown(i.regionName()), shown(i.provinceCode()), shown(i.provinceName()),
                i.themes(), i.tahapan(), i.year(), i.replicationCount(), i.bestReplicationStatus(), i.runningStatus());
    }

    /** A blank text is shown as none. */
    private static String shown(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    BinaryDocValuesField field() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            for (String text : texts()) {
                // 0 for no text, else its UTF-8 length plus one, then the bytes.
                if (text == null) {
                    out.writeVInt(0);
                } else {
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    out.writeVInt(utf8.length + 1);
                    out.writeBytes(utf8, utf8.length);
                }
            }
            out.writeVInt(themes.size());
            for (String theme : themes) {
                out.writeString(theme);
            }
            out.writeZInt(year == null ? Integer.MIN_VALUE : year);
            out.writeVInt(replicationCount);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return new BinaryDocValuesField(FIELD, new BytesRef(out.toArrayCopy()));
    }

    private List<String> texts() {
        return Arrays.asList(slug, name, acronym, summary, outcomes, regionCode, regionName, provinceCode, provinceName,
                tahapan, bestReplicationStatus, runningStatus);
    }

    private static HitCard decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String[] texts = new String[12];
        for (int i = 0; i < texts.length; i++) {
            int length = in.readVInt() - 1;
            if (length >= 0) {
                texts[i] = new String(bytes.bytes, in.getPosition(), length, StandardCharsets.UTF_8);
                in.skipBytes(length);
            }
        }
        int themeCount = in.readVInt();
        List<String> themes = new ArrayList<>(themeCount);
        for (int i = 0; i < themeCount; i++) {
            themes.add(in.readString());
        }
        int year = in.readZInt();
        int replications = in.readVInt();
        return new HitCard(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7], texts[8],
                List.copyOf(themes), texts[9], year == Integer.MIN_VALUE ? null : year, replications, texts[10],
                texts[11]);
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
