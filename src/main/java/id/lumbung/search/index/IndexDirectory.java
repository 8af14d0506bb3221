package id.lumbung.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index's place on disk: {@code <data-dir>/index/gen-<millis>/} per generation, and {@code index/CURRENT} naming
 * the one in use, replaced atomically when a rebuild swaps a new generation in.
 */
record IndexDirectory(Path root) {

    /** The generation CURRENT names, if it exists. */
    Optional<Path> current() throws IOException {
        Path pointer = root.resolve("CURRENT");
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        Path path = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    /** Points CURRENT at a generation (atomically: a crash leaves the old or the new name). */
    void makeCurrent(Path generation) throws IOException {
        Path temp = root.resolve("CURRENT.tmp");
        Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, root.resolve("CURRENT"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes every generation but the given one (left by a crashed rebuild, or replaced). */
    void deleteAllBut(Path generation) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(generation))
                    .forEach(IndexGeneration::deleteRecursively);
        }
    }
}
