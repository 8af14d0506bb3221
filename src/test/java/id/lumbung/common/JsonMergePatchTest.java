package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The merge of RFC 7396 against the RFC's own examples (appendix A), and its arguments left as they were. */
class JsonMergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} patched with {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":\"b\"}                 | {\"a\":\"c\"}                          | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"b\":\"c\"}                          | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"a\":null}                           | {}",
        "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}                           | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}               | {\"a\":\"c\"}                          | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}                        | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}}       | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                            | {\"a\":[1]}",
        "[\"a\",\"b\"]                 | [\"c\",\"d\"]                          | [\"c\",\"d\"]",
        "{\"a\":\"b\"}                 | [\"c\"]                                | [\"c\"]",
        "{\"a\":\"foo\"}               | null                                   | null",
        "{\"a\":\"foo\"}               | \"bar\"                                | \"bar\"",
        "{\"e\":null}                  | {\"a\":1}                              | {\"e\":null,\"a\":1}",
        "[1,2]                         | {\"a\":\"b\",\"c\":null}               | {\"a\":\"b\"}",
        "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}}        | {\"a\":{\"bb\":{}}}"})
    void theExamplesOfRfc7396(String target, String patch, String result) throws Exception {
        JsonNode targetNode = JSON.readTree(target);
        JsonNode patchNode = JSON.readTree(patch);
        assertEquals(JSON.readTree(result), JsonMergePatch.apply(targetNode, patchNode));
        assertEquals(JSON.readTree(target), targetNode, "the target is not modified");
        assertEquals(JSON.readTree(patch), patchNode, "the patch is not modified");
    }
}
