package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IndonesianMorphologyTest {

    @Test
    void aNasalisedWordGivesItsRootWithTheConsonantRestored() {
        assertEquals(Set.of("pantau"), IndonesianMorphology.nasalVariants("memantau"));
        assertEquals(Set.of("tulis"), IndonesianMorphology.nasalVariants("menulis"));
        assertEquals(Set.of("kirim"), IndonesianMorphology.nasalVariants("mengirim"));
        assertEquals(Set.of("sapu"), IndonesianMorphology.nasalVariants("menyapu"));
        assertEquals(Set.of("pasaran"), IndonesianMorphology.nasalVariants("pemasaran"));
    }

    @Test
    void aRootGivesItsVerbAndNounForms() {
        assertEquals(Set.of("memantau", "pemantauan"), IndonesianMorphology.nasalVariants("pantau"));
        assertEquals(Set.of("menanam", "penanaman"), IndonesianMorphology.nasalVariants("tanam"));
        assertEquals(Set.of("mengelola", "pengelolaan"), IndonesianMorphology.nasalVariants("kelola"));
        assertEquals(Set.of("menyantun", "penyantunan"), IndonesianMorphology.nasalVariants("santun"));
    }

    @Test
    void wordsOutsideTheRulesHaveNoVariants() {
        assertEquals(Set.of(), IndonesianMorphology.nasalVariants("desa"));
        assertEquals(Set.of(), IndonesianMorphology.nasalVariants("bina"));
        assertEquals(Set.of(), IndonesianMorphology.nasalVariants("p3ke"));
        assertEquals(Set.of(), IndonesianMorphology.nasalVariants("ntb"));
    }
}
