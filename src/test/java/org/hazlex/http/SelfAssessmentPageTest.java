package org.hazlex.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hazlex.assess.Assessor;
import org.hazlex.report.JsonReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The self-assessment page in a real browser (Debian's chromium and chromedriver, headless): fixtures are typed
 * into the form as an employer would, and the page must show the fixture's verdict and, finding by finding, the
 * kind, message, limit and actual, article, remedy and sanctions the API gives for the fixture file itself; then the language
 * is switched. One server and one browser serve every case; a screenshot per case goes to
 * {@code target/browser-screenshots/}. Without a browser the tests are skipped with a message, unless
 * {@code HAZLEX_BROWSER_TESTS=required} (as {@code .ci/run} sets), when they fail.
 */
class SelfAssessmentPageTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("hazlex.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("hazlex.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "browser-screenshots");
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(90);

    /** Kept strongly: java.util.logging forgets the level of a logger nobody holds (Selenium's CDP notice). */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static Javalin server;
    private static String missing;
    private static ChromeDriver driver;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A fixture typed into the form: the language, an occupation text to type and an optional picker query. */
    record Case(String name, String fixture, String lang, String title, String pickQuery, int index) {
        Case(String name, String fixture, String lang, String title, String pickQuery) {
            this(name, fixture, lang, title, pickQuery, -1);
        }

        /** The job (of an array fixture, the one at {@code index}). */
        JsonNode pick(JsonNode n) {
            return index < 0 ? n : n.get(index);
        }

        @Override
        public String toString() {
            return name + " (" + lang + ")";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("bakery-girl-15-night", "fixtures/TJ/tj-bakery-night-15.job.json", "ru", "помощник пекаря", null),
                new Case("compliant-shop-16", "fixtures/TJ/tj-shop-assistant-16-compliant.job.json", "en", null, null),
                new Case("minimum-age-porter-13", "fixtures/TJ/tj-market-porter-13.job.json", "ru", "арбакеш на рынке", null),
                new Case("hazardous-list-cotton-16", "fixtures/TJ/tj-list-item-cotton-irrigation.job.json", "en", null,
                        "полив хлопка"),
                new Case("hazardous-height-16", "fixtures/TJ/tj-tag-height-construction-16.job.json", "ru", null, null),
                new Case("load-girl-16", "fixtures/TJ/tj-load-girl-16-over-7.job.json", "en", null, null),
                new Case("kz-car-wash-16-weekly-hours", "fixtures/KZ/kz-car-wash-16-40h.job.json", "ru", "мойщик машин", null),
                new Case("kg-porter-12-sanctions", "fixtures/KG/kg-2026-bazaar-porter-12.job.json", "ru", "арабакеш на базаре", null),
                new Case("greenhouse-by-its-words-16", "fixtures/TJ/tj-greenhouse-worker-16.job.json", "ru", null, null),
                new Case("load-frequency-not-known-16", "fixtures/TJ/tj-load-boy-16-10kg-no-frequency.job.json", "en", null, null),
                new Case("uz-library-outside-known-scope", "fixtures/UZ/uz-known-scope-outside-office-library-bookshop-helpdesk.job.json",
                        "ru", null, null, 1),
                new Case("kz-welder-inside-known-scope", "fixtures/KZ/kz-known-scope-inside-welder-16.job.json", "en", null, null));
    }

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "no browser for the page tests: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (apt-get install -y chromium chromium-driver)";
            if ("required".equals(System.getenv("HAZLEX_BROWSER_TESTS"))) {
                throw new IllegalStateException(message + "; HAZLEX_BROWSER_TESTS=required");
            }
            missing = message + "; skipped (set HAZLEX_BROWSER_TESTS=required to fail instead)";
            return;
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        server = HttpApp.create(Assessor.packaged(), Clock.systemDefaultZone()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,3200", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).withSilent(true).build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    /** Each case is reported as skipped, with the reason, when there is no browser. */
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(missing == null, () -> missing);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFormGivesTheFixturesVerdictAndFindingsInBothLanguages(Case c) throws Exception {
        JsonNode job = c.pick(JsonReport.parse(Files.readString(Path.of(c.fixture()))));
        JsonNode expected = c.pick(JsonReport.parse(Files.readString(Path.of(c.fixture().replace(".job.json", ".expected.json")))));
        open(c.lang());
        fill(job, c);
        screenshot(c.name() + "-form-" + c.lang());
        submit();
        assertShows(expected, c.pick(api(c.fixture(), c.lang())), c.lang());
        screenshot(c.name() + "-" + c.lang());
        int pages = printToPdf(c.name() + "-" + c.lang());
        if (expected.get("findings").isEmpty()) {
            assertThat(pages).as("printed, a compliant answer fits one page: the form is not printed").isEqualTo(1);
        }

        String other = c.lang().equals("ru") ? "en" : "ru";
        int before = checks();
        driver.findElement(By.id("lang-" + other)).click();
        waitForChecks(before + 1);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(message(other, "web.title"));
        assertShows(expected, c.pick(api(c.fixture(), other)), other);
        screenshot(c.name() + "-" + other);
    }

    @Test
    void aBirthDateAfterTheStartDateIsShownAsAnErrorOnThatField() throws Exception {
        open("ru");
        setValue("assessedOn", "2026-05-12");
        setValue("birthDate", "2027-01-01");
        type("hoursPerDay", "4");
        type("hoursPerWeek", "20");
        setValue("start", "09:00");
        setValue("end", "13:00");
        submit();
        assertThat(driver.findElement(By.id("verdict")).getAttribute("data-verdict")).isEqualTo("invalid");
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo(message("ru", "web.verdict.invalid"));
        assertThat(driver.findElement(By.id("birthDate")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("errors")).getText()).contains(message("ru", "web.birthDate"));
        screenshot("invalid-birth-date-ru");
    }

    @Test
    void theOccupationPickerFindsListEntriesByRussianEnglishAndIscoCode() {
        open("ru");
        setValue("assessedOn", "2026-05-12");
        for (String q : List.of("пекарь у печей", "baker working", "7512")) {
            type("occupation", q);
            waitForPick(q, "TJ-169/XXI.3/3");
        }
        driver.findElement(pickButton("7512", "TJ-169/XXI.3/3")).click();
        assertThat(driver.findElement(By.id("picked")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("picked-id")).getText()).isEqualTo("TJ-169/XXI.3/3");
        assertThat(driver.findElement(By.id("isco")).getAttribute("value")).isEqualTo("7512");
    }

    // --- filling the form ---------------------------------------------------------------------------------------

    private static final Set<String> FORM_WORKER = Set.of("birthDate", "age", "sex", "inEducation", "parentalConsent");
    /** The job's fields the form asks for. */
    private static final Set<String> FORM_JOB = Set.of("title", "isco08", "isic4", "listItems", "hazards", "description");
    private static final Set<String> FORM_SCHEDULE = Set.of("hoursPerDay", "hoursPerWeek", "daysPerWeek", "start", "end", "schoolTerm");

    private static void open(String lang) {
        driver.get(base + "?lang=" + lang);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Types a fixture into the form as a user would; fails if the fixture says something the form cannot. */
    private static void fill(JsonNode job, Case c) {
        job.get("worker").propertyNames().forEach(f -> assertThat(FORM_WORKER).as("form has worker." + f).contains(f));
        job.get("job").propertyNames().forEach(f -> assertThat(FORM_JOB).as("form has job." + f).contains(f));
        job.get("schedule").propertyNames().forEach(f -> assertThat(FORM_SCHEDULE).as("form has schedule." + f).contains(f));

        new Select(driver.findElement(By.id("country"))).selectByValue(job.get("country").asString());
        setValue("assessedOn", job.get("assessedOn").asString());
        JsonNode w = job.get("worker");
        // the form asks for the birth date: an age is typed as a birth date half a year past that birthday
        setValue("birthDate", w.has("birthDate") ? w.get("birthDate").asString()
                : java.time.LocalDate.parse(job.get("assessedOn").asString()).minusYears(w.get("age").asInt()).minusMonths(6)
                        .toString());
        click(w.has("sex") ? "sex-" + w.get("sex").asString() : "sex-unknown");
        yesNo(w, "inEducation");
        yesNo(w, "parentalConsent");

        JsonNode j = job.get("job");
        if (c.pickQuery() != null) {
            type("occupation", c.pickQuery());
            String id = j.get("listItems").get(0).asString();
            waitForPick(c.pickQuery(), id);
            driver.findElement(pickButton(c.pickQuery(), id)).click();
        } else {
            assertThat(j.has("listItems")).as("a list item needs a picker query").isFalse();
        }
        WebElement occupation = driver.findElement(By.id("occupation"));
        occupation.clear();
        occupation.sendKeys(c.title() != null ? c.title() : j.get("title").asString());
        WebElement description = driver.findElement(By.id("description"));
        description.clear();
        if (j.has("description")) {
            description.sendKeys(j.get("description").asString());
        }
        WebElement isco = driver.findElement(By.id("isco"));
        isco.clear();
        if (j.has("isco08")) {
            isco.sendKeys(j.get("isco08").asString());
        }
        new Select(driver.findElement(By.id("sector"))).selectByValue(j.has("isic4") ? j.get("isic4").asString() : "");
        if (j.has("hazards")) {
            j.get("hazards").forEach(h -> click("hazard-" + h.asString()));
        }
        int row = 0;
        for (JsonNode load : job.has("loads") ? job.get("loads") : JsonReport.mapper().createArrayNode()) {
            if (driver.findElements(By.id("load-" + row + "-kg")).isEmpty()) {
                click("add-load");
            }
            type("load-" + row + "-kg", load.get("kg").asString());
            new Select(driver.findElement(By.id("load-" + row + "-frequency")))
                    .selectByValue(load.has("frequency") ? load.get("frequency").asString() : "");
            row++;
        }
        JsonNode s = job.get("schedule");
        type("hoursPerDay", s.get("hoursPerDay").asString());
        type("hoursPerWeek", s.get("hoursPerWeek").asString());
        if (s.has("daysPerWeek")) {
            type("daysPerWeek", s.get("daysPerWeek").asString());
        }
        setValue("start", s.get("start").asString());
        setValue("end", s.get("end").asString());
        yesNo(s, "schoolTerm");
    }

    /** The picker's button for a list entry, once the results shown are those of this query (not a stale one). */
    private static By pickButton(String query, String id) {
        return By.cssSelector("#occupation-results[data-query='" + query + "']:not([hidden]) button.pick[data-id='" + id + "']");
    }

    private static void waitForPick(String query, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(pickButton(query, id)).stream()
                .anyMatch(WebElement::isDisplayed));
    }

    private static void yesNo(JsonNode parent, String field) {
        if (parent.has(field)) {
            click(field + (parent.get(field).asBoolean() ? "-yes" : "-no"));
        }
    }

    private static void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    private static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Date and time inputs: Chrome's widgets take keystrokes in a locale-dependent order, so set the value. */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
        assertThat(driver.findElement(By.id(id)).getAttribute("value")).isEqualTo(value);
    }

    private static int checks() {
        String n = driver.findElement(By.tagName("body")).getAttribute("data-checks");
        return n == null ? 0 : Integer.parseInt(n);
    }

    private static void waitForChecks(int n) {
        new WebDriverWait(driver, CHECK_TIMEOUT).until(d -> checks() >= n && d.findElement(By.id("check")).isEnabled());
    }

    private static void submit() {
        int before = checks();
        click("check");
        waitForChecks(before + 1);
    }

    // --- what the page shows -------------------------------------------------------------------------------------

    private static void assertShows(JsonNode expected, JsonNode api, String lang) throws IOException, InterruptedException {
        WebElement verdict = driver.findElement(By.id("verdict"));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo(expected.get("verdict").asString());
        assertThat(verdict.getText()).isEqualTo(message(lang, "web.verdict." + expected.get("verdict").asString()));

        List<WebElement> shown = driver.findElements(By.cssSelector("#findings > li.finding"));
        List<String> kinds = new ArrayList<>();
        expected.get("findings").forEach(f -> kinds.add(f.get("kind").asString()));
        assertThat(shown).extracting(e -> e.getAttribute("data-kind")).containsExactlyElementsOf(kinds);
        for (int i = 0; i < shown.size(); i++) {
            WebElement li = shown.get(i);
            JsonNode f = api.get("findings").get(i);
            assertThat(li.findElement(By.tagName("h3")).getText()).startsWith(message(lang, "web.kind." + f.get("kind").asString()));
            assertThat(li.findElement(By.className("message")).getText()).isEqualTo(f.get("message").asString());
            assertThat(li.findElement(By.className("law")).getText()).contains(f.get("provision").get("citation").asString());
            assertThat(li.findElement(By.className("remedy")).getText()).contains(f.get("remedy").asString());
            List<String> sanctions = new ArrayList<>();
            if (f.has("sanctions")) {
                f.get("sanctions").forEach(x -> sanctions.add(x.get("text").asString()));
            }
            assertThat(li.findElements(By.className("sanction"))).extracting(WebElement::getText)
                    .hasSize(sanctions.size())
                    .allSatisfy(text -> assertThat(text).startsWith(message(lang, "web.finding.sanction")))
                    .satisfies(texts -> {
                        for (int k = 0; k < sanctions.size(); k++) {
                            assertThat(texts.get(k)).contains(sanctions.get(k));
                        }
                    });
            if (f.has("limit") && f.has("actual") && !f.get("kind").asString().equals("hazardous-work")) {
                String figures = li.findElement(By.className("figures")).getText();
                assertThat(figures).contains(message(lang, "web.finding.limit"), message(lang, "web.finding.actual"),
                        number(f.get("limit").asDouble(), lang), number(f.get("actual").asDouble(), lang));
            }
        }
        assertShowsWhatToSettleAndTheNotes(api);
    }

    /** What to settle and the notes (warnings that do not make the answer needs-review), as the API gives them. */
    private static void assertShowsWhatToSettleAndTheNotes(JsonNode api) {
        List<String> settle = new ArrayList<>();
        api.path("toSettle").forEach(t -> settle.add(t.get("message").asString()));
        assertThat(driver.findElements(By.cssSelector("#settle > li"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(settle);
        assertThat(driver.findElement(By.id("settle-block")).isDisplayed()).isEqualTo(!settle.isEmpty());
        List<String> notes = new ArrayList<>();
        api.path("warnings").forEach(w -> {
            if (!w.path("review").asBoolean(false)) {
                notes.add(w.get("message").asString());
            }
        });
        assertThat(driver.findElements(By.cssSelector("#notes > li"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(notes);
    }

    private static String number(double d, String lang) {
        String s = d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        return lang.equals("ru") ? s.replace('.', ',') : s;
    }

    /** The result the API gives for the fixture file itself. */
    private static JsonNode api(String fixture, String lang) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/check?lang=" + lang))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of(fixture))).build(), HttpResponse.BodyHandlers.ofString());
        return JsonReport.parse(r.body());
    }

    private static String message(String lang, String key) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/messages?lang=" + lang)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonReport.parse(r.body()).get("messages").get(key).asString();
    }

    /** The answer as the browser prints it (the print stylesheet hides the form). */
    private static int printToPdf(String name) throws IOException {
        byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Files.write(SHOTS.resolve(name + ".pdf"), pdf);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)")
                .matcher(text);
        assertThat(count.find()).as("a page count in the PDF").isTrue();
        return Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2));
    }

    private static void screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
