package org.hazlex.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlex.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/hazlex.jar serve} from another folder: the page, its texts and the API are in the jar. */
class ServeJarIT {
    private static final Pattern SERVING = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void theJarServesThePageAndTheApiOnThisMachineOnly(@TempDir Path elsewhere) throws Exception {
        Path jar = Path.of("target/hazlex.jar").toAbsolutePath();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0")
                .directory(elsewhere.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).as("the first line names the address").isNotNull();
            Matcher m = SERVING.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            String base = m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, base + "health").body()).contains("\"ok\"");
            assertThat(get(http, base).body()).contains("app.js", "style.css");
            assertThat(get(http, base + "app.js").statusCode()).isEqualTo(200);
            assertThat(get(http, base + "api/v1/openapi.json").body()).contains("/api/v1/check");
            assertThat(JsonReport.parse(get(http, base + "api/v1/messages?lang=ru").body()).get("messages")
                    .get("web.title").asString()).startsWith("Можно ли");
            HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("fixtures/TJ/tj-bakery-night-15.job.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).isEqualTo(200);
            assertThat(JsonReport.parse(check.body()).get("verdict").asString()).isEqualTo("violation");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
