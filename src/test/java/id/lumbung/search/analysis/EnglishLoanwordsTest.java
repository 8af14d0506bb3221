package id.lumbung.search.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishLoanwordsTest {

    @ParameterizedTest
    @CsvSource({
        "participation, partisipasi", "community, komunitas", "communities, komunitas", "clinic, klinik",
        "economic, ekonomi", "medical, medis", "technology, teknologi", "pharmacy, farmasi", "therapy, terapi",
        "subsidies, subsidi", "productive, produktif", "infrastructure, infrastruktur", "transparency, transparansi",
        "collaboration, kolaborasi", "innovation, inovasi", "national, nasional", "social, sosial",
        "digitalization, digitalisasi", "vaccine, vaksin", "quality, kualitas", "complex, kompleks",
        "mechanism, mekanisme", "system, sistem", "sanitation, sanitasi", "ambulance, ambulans"})
    void anEnglishTermGivesItsIndonesianSpelling(String english, String indonesian) {
        assertTrue(EnglishLoanwords.candidates(english).contains(indonesian), english + " → " + EnglishLoanwords.candidates(english));
    }

    @ParameterizedTest
    @CsvSource({"data", "program", "ntb", "p3ke", "ibu"})
    void aWordWithNothingToChangeHasNoCandidate(String word) {
        assertTrue(EnglishLoanwords.candidates(word).isEmpty(), word + " → " + EnglishLoanwords.candidates(word));
    }
}
