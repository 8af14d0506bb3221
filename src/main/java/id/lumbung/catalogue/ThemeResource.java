package id.lumbung.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The controlled vocabulary of themes. */
@Tag(name = "Innovations")
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    public record ThemeView(String code, String label) {
    }

    @Operation(summary = "The themes",
            description = "The controlled vocabulary of themes an innovation is filed under.")
    @GET
    public List<ThemeView> list() {
        return Theme.<Theme>findAll(Sort.by("code")).stream().map(t -> new ThemeView(t.code, t.label)).toList();
    }
}
