package id.lumbung.region;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.LineError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Imports kecamatan and desa from the CSV files of idn-area-data ({@code districts.csv}: code,regency_code,name;
 * {@code villages.csv}: code,district_code,name). All or nothing: any bad row rejects the file.
 */
@ApplicationScoped
public class AreaDataImporter {

    private static final Pattern KECAMATAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern DESA_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final Map<String, RegionType> PARENT_COLUMN_TYPES = Map.of(
            "regency_code", RegionType.kecamatan, "district_code", RegionType.desa);

    @Inject
    EntityManager entityManager;

    /** What an import did. */
    public record AreaImportReport(RegionType type, int rows, int created, int updated) {
    }

    record AreaRow(int line, String code, String parentCode, String name) {
    }

    @Transactional
    public AreaImportReport importCsv(Reader csv) {
        ParsedFile file = parse(csv, row -> true);
        return write(file.type(), file.rows());
    }

    /** Imports the rows of the bundled idn-area-data file that the filter keeps (used by the demo loader). */
    @Transactional
    public AreaImportReport importBundled(String fileName, Predicate<String> keepCode) {
        try (InputStream in = getClass().getResourceAsStream("/area-data/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("bundled area data missing: " + fileName);
            }
            ParsedFile file = parse(new InputStreamReader(in, StandardCharsets.UTF_8), keepCode);
            return write(file.type(), file.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ParsedFile(RegionType type, List<AreaRow> rows) {
    }

    private ParsedFile parse(Reader csv, Predicate<String> keepCode) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<AreaRow> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        RegionType type;
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            String parentColumn = header.size() == 3 ? header.columnName(1) : null;
            type = parentColumn == null ? null : PARENT_COLUMN_TYPES.get(parentColumn);
            if (type == null || !"code".equals(header.columnName(0)) || !"name".equals(header.columnName(2))) {
                throw ApiProblem.badRequest("The CSV header must be 'code,regency_code,name' (districts.csv) "
                        + "or 'code,district_code,name' (villages.csv)");
            }
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> row = it.next();
                AreaRow parsed = new AreaRow(line, trim(row.get("code")), trim(row.get(parentColumn)), trim(row.get("name")));
                if (keepCode.test(parsed.code())) {
                    validateRow(parsed, type, errors);
                    rows.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.badRequest("The file is not readable CSV: " + e.getMessage());
        }
        checkParents(type, rows, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable(errors.size() + " row(s) are invalid; nothing was imported", errors);
        }
        return new ParsedFile(type, rows);
    }

    private static void validateRow(AreaRow row, RegionType type, List<LineError> errors) {
        Pattern codePattern = type == RegionType.kecamatan ? KECAMATAN_CODE : DESA_CODE;
        if (row.code() == null || !codePattern.matcher(row.code()).matches()) {
            errors.add(new LineError(row.line(), "code", "is not a " + type + " code like "
                    + (type == RegionType.kecamatan ? "33.14.01" : "33.14.01.2001")));
        } else if (row.parentCode() == null || !row.code().startsWith(row.parentCode() + ".")) {
            errors.add(new LineError(row.line(), "parent", "must be the code's own prefix"));
        }
        if (row.name() == null || row.name().isEmpty() || row.name().length() > 200) {
            errors.add(new LineError(row.line(), "name", "must have 1 to 200 characters"));
        }
    }

    private void checkParents(RegionType type, List<AreaRow> rows, List<LineError> errors) {
        Set<String> parents = new HashSet<>();
        rows.forEach(r -> parents.add(r.parentCode()));
        Set<String> known = new HashSet<>(entityManager
                .createQuery("select r.code from Region r where r.code in :codes", String.class)
                .setParameter("codes", parents).getResultList());
        Set<String> seen = new HashSet<>();
        for (AreaRow row : rows) {
            if (row.parentCode() != null && !known.contains(row.parentCode()) && errors.size() < 1000) {
                errors.add(new LineError(row.line(), "parent", "unknown " + (type == RegionType.kecamatan
                        ? "kabupaten/kota" : "kecamatan (import districts.csv first)") + " " + row.parentCode()));
            }
            if (!seen.add(row.code())) {
                errors.add(new LineError(row.line(), "code", "appears twice in the file"));
            }
        }
    }

    private AreaImportReport write(RegionType type, List<AreaRow> rows) {
        Set<String> existing = new HashSet<>(entityManager
                .createQuery("select r.code from Region r where r.type = :type", String.class)
                .setParameter("type", type).getResultList());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "insert into region (code, name, type, parent_code) values (?, ?, ?, ?) "
                            + "on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code")) {
                int batched = 0;
                for (AreaRow row : rows) {
                    upsert.setString(1, row.code());
                    upsert.setString(2, row.name());
                    upsert.setString(3, type.name());
                    upsert.setString(4, row.parentCode());
                    upsert.addBatch();
                    if (++batched % 1000 == 0) {
                        upsert.executeBatch();
                    }
                }
                upsert.executeBatch();
            }
        });
        int updated = (int) rows.stream().filter(r -> existing.contains(r.code())).count();
        return new AreaImportReport(type, rows.size(), rows.size() - updated, updated);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
