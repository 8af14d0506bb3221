package id.lumbung.common;

import java.util.List;

/**
 * One page of a list endpoint: keyset pagination with an opaque cursor, so pages stay stable while
 * entries are added.
 */
public record Page<T>(List<T> items, long total, String nextCursor) {
}
