package org.hazlex.draft;

import java.util.Locale;
import java.util.Optional;

/** The columns of the sections sheet of the xlsx template (section headings, which CSV cannot carry). */
public enum SectionColumn {
    SECTION("Раздел", "Section", true),
    SUBSECTION("Подраздел", "Subsection", false),
    TITLE_RU("Название (рус.)", "Title (ru)", true),
    TITLE_EN("Название (англ.)", "Title (en)", false),
    ISIC("Отрасль, коды МСОК ред. 4", "Branch, ISIC Rev.4 codes", false);

    private final String ru;
    private final String en;
    private final boolean required;

    SectionColumn(String ru, String en, boolean required) {
        this.ru = ru;
        this.en = en;
        this.required = required;
    }

    public String header() {
        return ru + " / " + en;
    }

    public boolean required() {
        return required;
    }

    public static Optional<SectionColumn> of(String header) {
        String h = header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (SectionColumn c : values()) {
            if (h.equals(c.header().toLowerCase(Locale.ROOT)) || h.equals(c.ru.toLowerCase(Locale.ROOT))
                    || h.equals(c.en.toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
