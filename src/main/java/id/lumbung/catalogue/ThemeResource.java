package id.lumbung.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The controlled vocabulary of themes. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    public record ThemeView(String code, String label) {
    }

    @GET
    public List<ThemeView> list() {
        return Theme.<Theme>findAll(Sort.by("code")).stream().map(t -> new ThemeView(t.code, t.label)).toList();
    }
}
