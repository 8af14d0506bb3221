package id.lumbung.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionDirectoryTest {

    private static Region region(String code, String name, RegionType type) {
        Region region = new Region();
        region.code = code;
        region.name = name;
        region.type = type;
        return region;
    }

    private static RegionAlias alias(String code, String alias) {
        RegionAlias entity = new RegionAlias();
        entity.regionCode = code;
        entity.alias = alias;
        entity.normalized = RegionNames.normalize(alias);
        return entity;
    }

    private final RegionDirectory directory = new RegionDirectory(
            List.of(region("32.04", "Kabupaten Bandung", RegionType.kabupaten),
                    region("32.73", "Kota Bandung", RegionType.kota),
                    region("64.02", "Kabupaten Kutai Kartanegara", RegionType.kabupaten)),
            List.of(alias("32.04", "Bandung"), alias("32.73", "Bandung"), alias("32.04", "Kab. Bandung"),
                    alias("64.02", "Kukar"), alias("64.02", "Kutai Kartanegara")));

    @Test
    void theShortNameLeavesOutTheTierWordOfKabupatenAndKotaOnly() {
        assertEquals("Kutai Kartanegara", region("64.02", "Kabupaten Kutai Kartanegara", RegionType.kabupaten).shortName());
        assertEquals("Bandung", region("32.73", "Kota Bandung", RegionType.kota).shortName());
        assertEquals("Jakarta Selatan", region("31.74", "Kota Administrasi Jakarta Selatan", RegionType.kota).shortName());
        assertEquals("Kotawaringin Barat", region("62.01", "Kabupaten Kotawaringin Barat", RegionType.kabupaten).shortName());
        assertEquals("Kotamobagu", region("71.74", "Kotamobagu", RegionType.kota).shortName());
        assertEquals("Kalimantan Barat", region("61", "Kalimantan Barat", RegionType.provinsi).shortName());
    }

    @Test
    void normalizationFoldsCaseAccentsAndPunctuation() {
        assertEquals("kab kutai kartanegara", RegionNames.normalize("  KAB. Kutai-Kartanegara "));
        assertEquals("sragen", RegionNames.withoutTier(RegionNames.normalize("Pemkab Sragen")));
        assertEquals("bantaeng", RegionNames.normalize("Bantaéng"));
    }

    @Test
    void resolvesAbbreviationsAndTierWords() {
        assertEquals("64.02", directory.byName("KUKAR").orElseThrow().code);
        assertEquals("64.02", directory.byName("Pemkab Kutai Kartanegara").orElseThrow().code);
        assertEquals("32.04", directory.byName("Kab. Bandung").orElseThrow().code);
        assertTrue(directory.byName("Atlantis").isEmpty());
    }

    @Test
    void ambiguousNamesNameTheirCandidates() {
        var e = assertThrows(RegionDirectory.AmbiguousRegionName.class, () -> directory.byName("Bandung"));
        assertEquals(2, e.candidates().size());
        assertTrue(e.getMessage().contains("32.73 Kota Bandung"));
    }

    @Test
    void displayNamesAddTheTierWhereTheDataLeavesItOff() {
        assertEquals("Provinsi Jawa Timur", region("35", "Jawa Timur", RegionType.provinsi).displayName());
        assertEquals("Kelurahan Klitren", region("34.71.01.1001", "Klitren", RegionType.desa).displayName());
        assertEquals("Desa Panggungharjo", region("34.02.15.2004", "Panggungharjo", RegionType.desa).displayName());
        assertEquals(List.of("34", "34.02", "34.02.15"), region("34.02.15.2004", "x", RegionType.desa).ancestorCodes());
    }
}
