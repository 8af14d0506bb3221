package id.lumbung.search.index;

import java.io.IOException;

/** CDI event: the current index generation's files are damaged; searches answer 503 until a rebuild replaces it. */
public record IndexDamaged(IOException failure) {
}
