package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.lumbung.catalogue.InnovationInput;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.replication.ReplicationDetails;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a GET answers can be PUT back: every field of the read shape is either a field of the write shape or one of
 * the read-only fields the write shape ignores, and the ignored fields are exactly the read shape's others (none
 * that the write shape takes, none that the read shape lacks).
 */
class ReadOnlyFieldsTest {

    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of(InnovationView.class, InnovationInput.class),
                Arguments.of(ReplicationView.class, ReplicationDetails.class));
    }

    @ParameterizedTest(name = "{0} can be PUT back as {1}")
    @MethodSource("shapes")
    void theWriteShapeIgnoresExactlyTheReadOnlyFieldsOfTheReadShape(Class<? extends Record> read,
            Class<? extends Record> write) {
        Set<String> readFields = jsonNames(read);
        Set<String> writeFields = jsonNames(write);
        Set<String> ignored = new TreeSet<>(Arrays.asList(write.getAnnotation(JsonIgnoreProperties.class).value()));
        Set<String> readOnly = readFields.stream().filter(f -> !writeFields.contains(f))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(readOnly, ignored);
        assertTrue(readOnly.size() >= 7, read.getSimpleName() + " has read-only fields " + readOnly);
    }

    private static Set<String> jsonNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> JsonErrors.snakeCasePath(c.getName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
