package id.lumbung.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the nodes, configured as deploy/haproxy/haproxy.cfg
 * advises: round robin over the nodes that pass /q/health/ready; a request that could not reach a node is retried on
 * another, and a read (GET, HEAD) also when its node died while answering. A write is never sent twice.
 */
public final class LoadBalancer implements AutoCloseable {

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    public static LoadBalancer start(Path directory, List<ServiceNode> nodes) throws IOException, InterruptedException {
        int port = ServiceNode.freePort();
        String config = """
                global
                    maxconn 512
                    log stdout format raw local0 notice
                defaults
                    mode http
                    timeout connect 1s
                    timeout check 3s
                    timeout client 60s
                    timeout server 60s
                    retries 3
                    option redispatch 1
                    option httpchk GET /q/health/ready
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 1
                frontend lumbung
                    bind 127.0.0.1:%d
                    log stdout format raw local0
                    option httplog
                    use_backend reads if METH_GET || METH_HEAD
                    default_backend writes
                backend reads
                    balance roundrobin
                    retry-on all-retryable-errors
                %s
                backend writes
                    balance roundrobin
                    retry-on conn-failure
                %s
                """.formatted(port, servers(nodes), servers(nodes));
        Files.createDirectories(directory);
        Path file = directory.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("haproxy.log").toFile()).start();
        LoadBalancer balancer = new LoadBalancer(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!balancer.http().ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("HAProxy did not come up: " + Files.readString(directory.resolve("haproxy.log")));
            }
            Thread.sleep(100);
        }
        return balancer;
    }

    private static String servers(List<ServiceNode> nodes) {
        StringBuilder servers = new StringBuilder();
        for (ServiceNode node : nodes) {
            servers.append("    server ").append(node.name()).append(" 127.0.0.1:").append(node.port()).append(" check\n");
        }
        return servers.toString().stripTrailing();
    }

    public Http http() {
        return Http.at("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
