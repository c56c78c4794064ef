package org.hazlex.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hazlex.assess.Assessor;
import org.hazlex.cli.Main;
import org.hazlex.domain.HazardTags;
import org.hazlex.report.JsonReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API over a real server on a free port: every fixture gives what {@code check --format json} gives,
 * the law and list endpoints, and the errors (400, 404, 413, 415, 500) as JSON with the field at fault.
 */
class HttpApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Assessor ASSESSOR = Assessor.packaged();
    private static Javalin server;
    private static Javalin broken;
    private static String base;

    @BeforeAll
    static void start() {
        server = HttpApp.create(ASSESSOR, Clock.fixed(Instant.parse("2026-05-12T10:00:00Z"), ZoneOffset.UTC))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        broken = HttpApp.create(ASSESSOR, new FailingClock()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        broken.stop();
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            return JsonReport.parse(body);
        }
    }

    static Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    static Response post(String path, String contentType, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        return out.toString();
    }

    static List<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            return s.map(Path::toString).filter(p -> p.endsWith(".job.json")).sorted().toList();
        }
    }

    @Test
    void everyFixturePostedToCheckGivesWhatTheCommandLineGives() throws Exception {
        List<String> files = fixtures();
        assertThat(files).hasSizeGreaterThan(100);
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--lang", "ru"));
        args.addAll(files);
        JsonNode cli = JsonReport.parse(cli(args.toArray(String[]::new)));
        List<JsonNode> api = new ArrayList<>();
        for (String f : files) {
            Response r = post("/api/v1/check?lang=ru&source=" + URLEncoder.encode(f, StandardCharsets.UTF_8),
                    "application/json", HttpRequest.BodyPublishers.ofFile(Path.of(f)));
            JsonNode n = r.json();
            List<JsonNode> results = n.isArray() ? List.copyOf(n.valueStream().toList()) : List.of(n);
            boolean invalid = results.stream().anyMatch(x -> x.get("verdict").asString().equals("invalid"));
            assertThat(r.status()).as(f).isEqualTo(invalid ? 400 : 200);
            api.addAll(results);
        }
        assertThat(api).hasSize(cli.size());
        for (int i = 0; i < api.size(); i++) {
            assertThat(api.get(i)).as("result %d (%s)", i, api.get(i).get("id")).isEqualTo(cli.get(i));
        }
    }

    @Test
    void theBodyIsByteForByteTheCommandLinesJson() throws Exception {
        String f = "fixtures/TJ/tj-bakery-night-15.job.json";
        Response r = post("/api/v1/check?source=" + f, "application/json; charset=UTF-8",
                HttpRequest.BodyPublishers.ofFile(Path.of(f)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).isEqualTo(cli("check", "--format", "json", f));
    }

    @Test
    void brokenJsonIs400WithTheLineAndColumn() throws Exception {
        Response r = post("/api/v1/check", "application/json", HttpRequest.BodyPublishers.ofString("{\"country\": \"TJ\",\n  \"worker\": }"));
        assertThat(r.status()).isEqualTo(400);
        JsonNode e = r.json().get("errors").get(0);
        assertThat(r.json().get("verdict").asString()).isEqualTo("invalid");
        assertThat(e.get("path").asString()).isEqualTo("line 2, column 13");
    }

    @Test
    void anInvalidFieldIs400WithItsPath() throws Exception {
        Response r = post("/api/v1/check", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"country\":\"TJ\",\"assessedOn\":\"2026-05-12\",\"worker\":{\"birthDate\":\"2011-02-30\"},"
                        + "\"schedule\":{\"hoursPerDay\":4,\"hoursPerWeek\":20,\"start\":\"09:00\",\"end\":\"13:00\"}}"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("path").asString())).contains("worker.birthDate");
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        Response r = post("/api/v1/check", "text/plain", HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(r.json().get("errors").get(0).get("path").asString()).isEqualTo("Content-Type");
    }

    @Test
    void aBodyAboveTheLimitIs413WithOrWithoutContentLength() throws Exception {
        byte[] big = new byte[HttpApp.MAX_BODY_BYTES + 10];
        Arrays.fill(big, (byte) ' ');
        Response sized = post("/api/v1/check", "application/json", HttpRequest.BodyPublishers.ofByteArray(big));
        assertThat(sized.status()).isEqualTo(413);
        assertThat(sized.json().get("code").asString()).isEqualTo("body-too-large");
        Response chunked = post("/api/v1/check", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertThat(chunked.status()).isEqualTo(413);
    }

    @Test
    void lawsGivesWhatTheLawsCommandGives() throws Exception {
        Response r = get("/api/v1/laws/tj?on=2026-05-12");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli("laws", "--country", "TJ", "--on", "2026-05-12", "--format", "json"));
        assertThat(get("/api/v1/laws/TJ").json().get("on").asString()).as("today by the server's clock").isEqualTo("2026-05-12");
    }

    @Test
    void anUnknownCountryIs404AndABadDateIs400NamingTheParameter() throws Exception {
        Response country = get("/api/v1/laws/XX");
        assertThat(country.status()).isEqualTo(404);
        assertThat(country.json().get("errors").get(0).get("path").asString()).isEqualTo("country");
        Response date = get("/api/v1/lists/TJ?on=2026-02-30");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().get("errors").get(0).get("path").asString()).isEqualTo("on");
        Response limit = get("/api/v1/lists/TJ?limit=1000");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().get("errors").get(0).get("path").asString()).isEqualTo("limit");
        Response lang = get("/api/v1/messages?lang=de");
        assertThat(lang.status()).isEqualTo(400);
        assertThat(lang.json().get("errors").get(0).get("path").asString()).isEqualTo("lang");
    }

    @Test
    void listsFindEntriesByRussianTextEnglishTextAndIscoCode() throws Exception {
        for (String q : List.of("пекарь печей", "ПЕКАРЬ", "baker ovens", "7512")) {
            JsonNode r = get("/api/v1/lists/TJ?on=2026-05-12&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
            assertThat(r.get("items").valueStream().map(i -> i.get("id").asString())).as(q).contains("TJ-169/XXI.3/3");
            assertThat(r.get("list").get("complete").asBoolean()).isTrue();
        }
        JsonNode none = get("/api/v1/lists/TJ?on=2026-05-12&q=" + URLEncoder.encode("пекарь 9999", StandardCharsets.UTF_8)).json();
        assertThat(none.get("total").asInt()).isZero();
        JsonNode limited = get("/api/v1/lists/TJ?on=2026-05-12&limit=5").json();
        assertThat(limited.get("items").size()).isEqualTo(5);
        assertThat(limited.get("total").asInt()).isEqualTo(limited.get("list").get("entries").asInt());
        JsonNode before = get("/api/v1/lists/TJ?on=2010-01-01&q=baker").json();
        assertThat(before.get("list").isNull()).as("no list encoded before 2014").isTrue();
    }

    @Test
    void listsFindACorrectedEntryByItsCorrectedAndItsPrintedWording() throws Exception {
        for (String q : List.of("Чистильщик-продувщик", "Чистилыцик-продувщик")) {
            JsonNode r = get("/api/v1/lists/TJ?on=2026-05-12&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
            assertThat(r.get("items").valueStream().filter(i -> i.get("label").asString().equals("Чистильщик-продувщик труб")))
                    .as(q).singleElement().satisfies(i -> assertThat(i.get("printed").asString()).isEqualTo("Чистилыцик-продувщик труб"));
        }
    }

    @Test
    void thePagesTextsComeFromTheOneBundleInBothLanguages() throws Exception {
        JsonNode en = get("/api/v1/messages?lang=en").json().get("messages");
        JsonNode ru = get("/api/v1/messages?lang=ru").json().get("messages");
        Set<String> enKeys = new TreeSet<>(en.propertyNames());
        Set<String> ruWeb = new TreeSet<>();
        for (String k : ru.propertyNames()) {
            if (k.startsWith("web.")) {
                ruWeb.add(k);
                assertThat(ru.get(k).asString()).as(k + " is translated").isNotEqualTo(en.get(k).asString());
            }
        }
        assertThat(ruWeb).isEqualTo(new TreeSet<>(enKeys.stream().filter(k -> k.startsWith("web.")).toList()));
        for (String tag : get("/api/v1/hazards").json().get("tags").valueStream().map(JsonNode::asString).toList()) {
            assertThat(ru.has("web.hazard." + tag)).as(tag).isTrue();
        }
        assertThat(get("/api/v1/hazards").json().get("tags").size()).isEqualTo(HazardTags.CORE.size());
        for (String k : enKeys) {
            if (k.startsWith("remedy.")) {
                assertThat(en.has("web.kind." + k.substring("remedy.".length()))).as("a title for " + k).isTrue();
            }
        }
        String page = new String(HttpApp.class.getResourceAsStream("/web/index.html").readAllBytes(), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-msg(?:-placeholder)?=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            assertThat(en.has(m.group(1))).as("the page's key " + m.group(1)).isTrue();
        }
    }

    @Test
    void thePageAndItsFilesAreServed() throws Exception {
        Response page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\"");
        assertThat(get("/app.js").status()).isEqualTo(200);
        assertThat(get("/style.css").body()).contains("@media print");
    }

    @Test
    void healthUnknownEndpointsAndWrongMethods() throws Exception {
        Response health = get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("ok");
        Response missing = get("/api/v1/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("not-found");
        Response wrongMethod = get("/api/v1/check");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("code").asString()).isEqualTo("method-not-allowed");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = get("/api/v1/openapi.json").json();
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(new TreeSet<>(doc.get("paths").propertyNames())).containsExactlyInAnyOrder("/health", "/api/v1/check",
                "/api/v1/laws/{country}", "/api/v1/lists/{country}", "/api/v1/messages", "/api/v1/hazards",
                "/api/v1/openapi.json");
        assertThat(doc.get("paths").get("/api/v1/check").get("post").get("responses").propertyNames())
                .contains("200", "400", "413", "415");
    }

    @Test
    void anInternalErrorIsJsonWithoutAStackTrace() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port()
                + "/api/v1/laws/TJ")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(500);
        JsonNode n = JsonReport.parse(r.body());
        assertThat(n.get("code").asString()).isEqualTo("internal-error");
        assertThat(r.body()).doesNotContain("FailingClock", "Exception", "\tat ", "org.hazlex");
    }

    @Test
    void serveBindsToThisMachineByDefault() {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine.Model.CommandSpec serve = cl.getSubcommands().get("serve").getCommandSpec();
        assertThat(serve.findOption("--bind").defaultValue()).isEqualTo("127.0.0.1");
        assertThat(serve.findOption("--port").defaultValue()).isEqualTo("8080");
    }

    @Test
    void serveRefusesABadPortAndAPortInUseWithExitStatusTwo() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "70000"))
                .isEqualTo(org.hazlex.cli.ExitCodes.INVALID);
        assertThat(err.toString()).contains("--port");
        StringWriter err2 = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "serve", "--port",
                String.valueOf(server.port()))).isEqualTo(org.hazlex.cli.ExitCodes.INVALID);
        assertThat(err2.toString()).contains("cannot listen on 127.0.0.1:" + server.port());
    }

    /** A clock that fails, to provoke an internal error. */
    private static final class FailingClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            throw new IllegalStateException("FailingClock: this message must not reach the client");
        }
    }
}
