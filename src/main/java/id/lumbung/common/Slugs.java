package id.lumbung.common;

/** The one definition of a valid slug, shared by validation annotations and path parameters. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits separated by single hyphens";

    private Slugs() {
    }
}
