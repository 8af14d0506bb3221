package id.lumbung.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lumbung.demo-data")
public interface DemoDataConfig {

    /** Load the bundled demo catalogue on a start with an empty catalogue. */
    @WithDefault("true")
    boolean enabled();
}
