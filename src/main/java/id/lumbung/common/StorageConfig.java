package id.lumbung.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "lumbung.storage")
public interface StorageConfig {

    /**
     * Directory for everything the service keeps on disk: the embedded PostgreSQL cluster ({@code postgres/})
     * and the search index ({@code index/}). Environment: LUMBUNG_DATA_DIR.
     */
    @WithDefault("data")
    Path dataDir();
}
