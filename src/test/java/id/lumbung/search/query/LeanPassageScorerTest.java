package id.lumbung.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage score equals Lucene's, for passages with repeated and distinct terms, few matches and many. */
class LeanPassageScorerTest {

    private static final String[] WORDS = {"miskin", "data", "desa", "stunting", "lansia", "umkm"};

    @Test
    void scoresAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 4000); // room for every match (Passage checks that a match lies inside)
            int matches = round == 0 ? 0 : 1 + random.nextInt(round % 5 == 0 ? 100 : 8);
            int offset = start;
            for (int m = 0; m < matches; m++) {
                String word = WORDS[random.nextInt(round % 2 == 0 ? 2 : WORDS.length)];
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + random.nextInt(9));
                offset += word.length() + 1 + random.nextInt(20);
            }
            int contentLength = start + 4000 + random.nextInt(5000);
            assertEquals(lucene.score(passage, contentLength), lean.score(passage, contentLength),
                    "passage with " + matches + " matches");
        }
    }
}
