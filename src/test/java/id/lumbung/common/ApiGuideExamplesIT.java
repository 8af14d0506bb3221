package id.lumbung.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.lumbung.cluster.ServiceNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md as a new user meets it: every {@code sh} block, in order, run by bash against a fresh start of the
 * packaged service with its demo catalogue, from a directory that holds the repository's {@code src} (the guide
 * imports bundled files). Each {@code curl} must answer the status its comment names ({@code # → 201}), and every
 * {@code curl} must name one. A shell function in front of the blocks points {@code localhost:8080} at the node and
 * notes each answer's status; the commands themselves run as written.
 */
class ApiGuideExamplesIT {

    private static final Path GUIDE = Path.of("docs", "api.md");
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);
    private static final Pattern DOCUMENTED_STATUS = Pattern.compile("#\\s*→\\s*(\\d{3})");
    private static final Pattern ANSWER = Pattern.compile("^@@ (\\d{3}) (\\S+) (\\S+)$", Pattern.MULTILINE);
    private static final String PREAMBLE = """
            set -u
            curl() {
              command curl -sS -w '%{stderr}@@ %{http_code} %{method} %{url_effective}\\n' \
                "${@//http:\\/\\/localhost:8080/$LUMBUNG_BASE}"
            }
            """;

    @Test
    void everyExampleOfTheApiGuideAnswersTheStatusItDocuments() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder(PREAMBLE);
        List<Integer> documented = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(guide);
        while (block.find()) {
            script.append(block.group(1)).append('\n');
            Matcher status = DOCUMENTED_STATUS.matcher(block.group(1));
            while (status.find()) {
                documented.add(Integer.parseInt(status.group(1)));
            }
        }
        assertTrue(documented.size() >= 40, "the guide's examples: " + documented.size());

        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "api-guide-it").toAbsolutePath()),
                "run-");
        Path work = Files.createDirectories(root.resolve("work"));
        Files.createSymbolicLink(work.resolve("src"), Path.of("src").toAbsolutePath());
        try (ServiceNode node = new ServiceNode("api-guide", root.resolve("data"))) {
            node.start().awaitReady(Duration.ofMinutes(3));
            List<String> answers = run(script.toString(), work, "http://127.0.0.1:" + node.port());
            List<Integer> statuses = answers.stream().map(a -> Integer.parseInt(a.substring(0, 3))).toList();
            assertEquals(documented, statuses, "documented statuses against the answers, in order:\n"
                    + String.join("\n", answers));
        }
    }

    /** Runs the script with bash in {@code work}; the answers as "status method url", in order. */
    private static List<String> run(String script, Path work, String base) throws IOException, InterruptedException {
        Path stdout = work.resolveSibling("stdout.txt");
        Path stderr = work.resolveSibling("stderr.txt");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(work.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        bash.environment().put("LUMBUNG_BASE", base);
        bash.environment().put("LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD", ServiceNode.ADMIN_PASSWORD);
        Process process = bash.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the guide's examples did not finish in 5 minutes");
        }
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        List<String> answers = new ArrayList<>();
        Matcher answer = ANSWER.matcher(errors);
        while (answer.find()) {
            answers.add(answer.group(1) + " " + answer.group(2) + " " + answer.group(3));
        }
        assertEquals(0, process.exitValue(), "bash failed:\n" + errors);
        assertTrue(errors.lines().allMatch(l -> l.startsWith("@@ ")), "curl or bash complained:\n" + errors);
        return answers;
    }
}
