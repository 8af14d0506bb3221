package id.lumbung.common;

import jakarta.ws.rs.Path;

/**
 * The route that serves a request, known by the resource class that matched rather than by how the path was spelled
 * ({@code /%61pi/...} and {@code //api/...} reach the same resource as {@code /api/...}).
 */
public final class Routes {

    private Routes() {
    }

    /** The path template of the resource class, e.g. {@code /api/v1/search}; empty when none matched. */
    public static String of(Class<?> resourceClass) {
        Path path = resourceClass == null ? null : resourceClass.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        String value = path.value();
        return value.startsWith("/") ? value : "/" + value;
    }

    /** Whether the resource class is part of the API (not a page). */
    public static boolean isApi(Class<?> resourceClass) {
        return of(resourceClass).startsWith("/api/");
    }
}
