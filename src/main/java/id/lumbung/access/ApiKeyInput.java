package id.lumbung.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new API key: who it is for, the origins of the pages that use it, and its own rate limit. */
public record ApiKeyInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String owner,
        @Size(max = 20) List<@Pattern(regexp = "https?://[a-z0-9.-]+(:\\d{1,5})?",
                message = "must be an origin such as https://bappeda.example.go.id (scheme, host, optional port)") String> allowedOrigins,
        /** Requests per minute; the configured default when absent. */
        @Min(1) @Max(100000) Integer rateLimitPerMinute) {
}
