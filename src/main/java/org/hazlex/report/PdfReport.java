package org.hazlex.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Prints the XHTML of {@link InspectionReport} to PDF with OpenHTMLtoPDF: A4, DejaVu Sans embedded (it covers the
 * Cyrillic letters of Russian, Kazakh, Kyrgyz, Tajik and Uzbek), page numbers from the stylesheet. The fonts ship
 * inside hazlex ({@code fonts/dejavu/}), so the PDF does not depend on the fonts of the machine.
 */
public final class PdfReport {
    private static final String FONTS = "/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";

    static {
        // OpenHTMLtoPDF logs through java.util.logging by default; route it to SLF4J, whose level is set in
        // simplelogger.properties, so a report run prints nothing but real problems.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    /** The sRGB colour profile PDF/A asks for, from the JDK. */
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

    private PdfReport() {
    }

    /**
     * The PDF and the renderer's warnings (a missing glyph, a CSS property it cannot read). A correct report has
     * none; the tests hold every fixture's report to that.
     */
    public record Rendered(byte[] pdf, List<String> warnings) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    /** Renders well-formed XHTML to PDF. */
    public static Rendered render(String xhtml) {
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
            b.withProducer("hazlex");
            // PDF/A-2u: an archival PDF with every font embedded and text that extracts as Unicode. It also keeps
            // PDFBox from loading the 14 standard fonts, which it cannot find on most machines (and warns about).
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            b.useColorProfile(SRGB);
            b.withDiagnosticConsumer((Diagnostic d) -> {
                if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(d.getFormattedMessage());
                }
            });
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the report to PDF", e);
        }
        return new Rendered(out.toByteArray(), warnings);
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font " + FONTS + file + " is missing from the hazlex jar");
        }
        return in;
    }
}
