package id.lumbung.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON is read as written or refused with 400, never bent into something else: a key given twice (which value
 * counts differs between parsers), a fraction where a whole number belongs ({@code "year_started": 2020.7} was cut to
 * 2020), data after the document, and text PostgreSQL cannot store (a NUL, or half of a surrogate pair, which the
 * driver silently wrote as "?").
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableText()));
    }

    /** A text with a character PostgreSQL cannot store; its message says which, never the text. */
    static final class UnstorableText extends MismatchedInputException {
        UnstorableText(JsonParser parser, String problem) {
            super(parser, problem, String.class);
        }
    }

    /** Strings as Jackson reads them, refused when they hold a character PostgreSQL's text cannot. */
    static final class StorableText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = text == null ? null : unstorable(text);
            if (problem != null) {
                // Without the value: it may be a password, and problems are logged.
                throw new UnstorableText(parser, problem);
            }
            return text;
        }

        /** What is wrong with the text, or null: a NUL, or a surrogate without its other half. */
        static String unstorable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 0) {
                    return "a NUL character (\\u0000) cannot be stored";
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "an unpaired surrogate (\\u" + Integer.toHexString(c) + ") is not a character";
                }
            }
            return null;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
