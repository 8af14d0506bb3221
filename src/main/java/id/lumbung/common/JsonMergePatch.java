package id.lumbung.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.lumbung.common.ApiProblem.FieldViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) of the API's write shapes: a patch names the members to change; {@code null} removes a
 * member, an object is merged member by member, anything else (arrays included) replaces the value. The patched
 * document is read and validated exactly as a PUT body is, so a patch can produce nothing a PUT could not. The RFC's
 * algorithm is a dozen lines over Jackson's tree; the libraries that offer it work on JSON-P or are no longer kept.
 */
@ApplicationScoped
public class JsonMergePatch {

    /** The media type of a merge patch, the only one PATCH accepts. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /**
     * The current record with the patch applied, read as a valid value of the write shape {@code type}: what a client
     * that GETs the record, merges the patch into it and PUTs it back would send.
     *
     * @throws ApiProblem 400 when the patch is not a JSON object, or the result is not a valid {@code type}
     */
    public <T> T patched(Object current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.badRequest("A merge patch is a JSON object naming the fields to change (RFC 7396), e.g. "
                    + "{\"acronym\": null, \"running_status\": \"berjalan\"}");
        }
        T result;
        try {
            result = mapper.treeToValue(apply(mapper.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw JsonProblemMapper.problem(e);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("The patched document cannot be read: " + e.getMessage());
        }
        List<FieldViolation> violations = validator.validate(result).stream()
                .map(v -> new FieldViolation(JsonErrors.snakeCasePath(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field)).toList();
        if (!violations.isEmpty()) {
            throw ApiProblem.invalidFields(violations);
        }
        return result;
    }

    /** RFC 7396, section 2: the target with the patch applied; neither argument is modified. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
