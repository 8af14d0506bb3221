package id.lumbung.catalogue;

import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;

/**
 * Filters of the innovation list. {@code region} includes the regions below it (a province covers its
 * kabupaten/kota); {@code status} is honoured for staff only; {@code stale} keeps entries whose running status
 * is due for confirmation (true) or is not (false).
 */
public record InnovationFilter(String region, String theme, Level level, Tahapan tahapan, Integer yearFrom,
        Integer yearTo, PublicationStatus status, Boolean stale) {
}
