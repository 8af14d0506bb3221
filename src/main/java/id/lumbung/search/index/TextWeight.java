package id.lumbung.search.index;

/**
 * How much one occurrence of a word counts, by the text it stands in. The word fields ({@link SearchFields#WORDS},
 * {@link SearchFields#WORDS_EXACT}) take each occurrence with its text's weight as its term frequency, and their length
 * is the sum of the weights of all the document's words: BM25F, as Lucene's {@code CombinedFieldQuery} scores several
 * fields as one, but in a single field with one postings list per word. The weights are the ranking's field boosts
 * (acronym 5, name 4, aliases 3, region 2.5, themes and summary 1.5, outcomes and body 1) times {@link #SCALE}, so that
 * they are whole numbers; {@link RankingSimilarity} scales BM25's k1 alike, which gives the same scores.
 */
public enum TextWeight {
    ACRONYM(10),
    NAME(8),
    ALIASES(6),
    REGION(5),
    THEMES(3),
    SUMMARY(3),
    OUTCOMES(2),
    BODY(2);

    /** The factor between a field boost and its weight here. */
    public static final int SCALE = 2;

    private final int frequency;

    TextWeight(int frequency) {
        this.frequency = frequency;
    }

    /** The term frequency of one occurrence of a word in this text. */
    public int frequency() {
        return frequency;
    }

    /** The field boost this weight stands for. */
    public float boost() {
        return frequency / (float) SCALE;
    }
}
