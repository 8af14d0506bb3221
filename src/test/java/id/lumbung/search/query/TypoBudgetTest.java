package id.lumbung.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoBudgetTest {

    @ParameterizedTest
    @CsvSource({"pkh, 0", "data, 0", "desa1, 0", "miskin, 1", "stanting, 1", "kemiskinn, 2", "pemberdayaan, 2"})
    void noTyposUnderFiveLettersOneUpToEightTwoBeyond(String word, int edits) {
        assertEquals(edits, WordQueries.typoEdits(word));
    }
}
