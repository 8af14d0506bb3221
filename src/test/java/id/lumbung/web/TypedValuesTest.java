package id.lumbung.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.lumbung.common.Slugs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates, numbers and years as people type them into the curator forms, and slugs derived from names. */
class TypedValuesTest {

    @Test
    void datesAsIndonesiansAndEnglishReadersWriteThem() {
        LocalDate day = LocalDate.of(2025, 8, 15);
        for (String typed : new String[] {"15/08/2025", "15/8/2025", "15-08-2025", "15.08.2025", " 15 / 08 / 2025 ",
                "15 Agustus 2025", "15 agustus 2025", "15 Agu 2025", "15 Agt. 2025", "15 August 2025", "15 Aug 2025",
                "2025-08-15", "2025-8-15"}) {
            assertEquals(day, TypedValues.date(typed, "id"), typed);
        }
        assertEquals(LocalDate.of(2023, 6, 13), TypedValues.date("13 Juni 2023", "en"));
        assertEquals(LocalDate.of(2024, 2, 1), TypedValues.date("1 Pebruari 2024", "id"));
        assertEquals(LocalDate.of(2024, 5, 8), TypedValues.date("8/5/2024", "id"), "day first, always");
        assertNull(TypedValues.date("  ", "id"));
    }

    @Test
    void anUnreadableDateSaysWhatIsExpectedInThePagesLanguage() {
        assertEquals("tanggal seperti 15/08/2025 atau 15 Agustus 2025",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.date("kemarin", "id")).getMessage());
        assertEquals("a date like 15/08/2025 or 15 August 2025",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.date("15 Agustusan 2025", "en")).getMessage());
        assertEquals("tanggal 31/02/2025 tidak ada",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.date("31/02/2025", "id")).getMessage());
        assertEquals("there is no such day: 2025-13-01",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.date("2025-13-01", "en")).getMessage());
    }

    @Test
    void numbersFollowThePagesLanguage() {
        assertEquals(18989.0, TypedValues.number("18.989", "id"));
        assertEquals(3.57, TypedValues.number("3,57", "id"));
        assertEquals(1250000.5, TypedValues.number("1.250.000,5", "id"));
        assertEquals(3.57, TypedValues.number("3,57 %", "id"));
        assertEquals(-2.0, TypedValues.number("-2", "id"));
        assertEquals(18989.0, TypedValues.number("18,989", "en"));
        assertEquals(3.57, TypedValues.number("3.57", "en"));
        assertEquals("angka seperti 18.989 atau 3,57",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.number("18.98", "id")).getMessage());
        assertEquals("a number like 18,989 or 3.57",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.number("banyak", "en")).getMessage());
        assertEquals(2019, TypedValues.year("2019", "id"));
        assertEquals("tahun seperti 2023",
                assertThrows(TypedValues.Unreadable.class, () -> TypedValues.year("19", "id")).getMessage());
    }

    @Test
    void slugsComeFromNames() {
        assertEquals("gerakan-tengok-bawah-gertak", Slugs.fromName("Gerakan Tengok Bawah (Gertak)"));
        assertEquals("lumbung-pangan-desa-tangguh", Slugs.fromName("  Lumbung   Pangan — Désa Tangguh! "));
        assertEquals("", Slugs.fromName("—"));
        String cut = Slugs.fromName("kata ".repeat(40));
        assertEquals(119, cut.length());
        assertEquals("kata-".repeat(23) + "kata", cut);
    }
}
